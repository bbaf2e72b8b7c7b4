import static autogen.migration.Ddl.*;
import static autogen.schema.Identity.*;
import static autogen.schema.ReferentialAction.*;

import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.migration.Operations;

/**
 * Initial blog schema
 *
 * <p>Revision 20261122042600, parent none (first migration), created 2026-11-22T04:26:00Z.
 * Written by autogen from the entities: review it, then run {@code autogen upgrade head}.
 *
 * <p>Hazards: none.
 */
@MigrationInfo(
        revision = "20261122042600",
        parents = {},
        message = "Initial blog schema",
        created = "2026-11-22T04:26:00Z",
        schemaBefore = "e4bd7a8c9fac7f8d",
        schemaAfter = "b75e1fc74abaa560"
)
final class Migration_20261122042600 implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTriggerFunction("set_updated_at", "\n"
                + "begin\n"
                + "    new.updated_at := now();\n"
                + "    return new;\n"
                + "end\n");
        op.createSequence("post_seq", 1, 20);
        // Comment
        op.createTable("comments",
                column("id", "bigint").generatedByDefaultAsIdentity(),
                column("approved", "boolean").notNull(),
                column("body", "character varying(2000)").notNull(),
                column("created_at", "timestamp(6) with time zone").notNull(),
                column("author_id", "uuid"),
                column("post_id", "bigint").notNull(),
                column("is_active", "boolean").notNull().defaultValue("true"),
                column("is_flagged", "boolean").notNull().defaultValue("false"),
                column("notes", "text"),
                column("updated_at", "timestamp with time zone").notNull().defaultValue("now()"),
                primaryKey("pk_comments", "id"));
        // Post.tags
        op.createTable("post_tags",
                column("post_id", "bigint").notNull(),
                column("tag_id", "bigint").notNull(),
                column("is_active", "boolean").notNull().defaultValue("true"),
                column("is_flagged", "boolean").notNull().defaultValue("false"),
                column("notes", "text"),
                column("created_at", "timestamp with time zone").notNull().defaultValue("now()"),
                column("updated_at", "timestamp with time zone").notNull().defaultValue("now()"),
                primaryKey("pk_post_tags", "post_id", "tag_id"));
        // Post
        op.createTable("posts",
                column("id", "bigint").notNull(),
                column("body", "text"),
                column("price", "numeric(10,2)"),
                column("published_at", "timestamp(6) with time zone"),
                column("reading_minutes", "integer").notNull(),
                column("slug", "character varying(200)").notNull(),
                column("status", "character varying(20)").notNull().defaultValue("'DRAFT'::character varying"),
                column("title", "character varying(200)").notNull(),
                column("version", "bigint").notNull(),
                column("author_id", "uuid").notNull(),
                column("is_active", "boolean").notNull().defaultValue("true"),
                column("is_flagged", "boolean").notNull().defaultValue("false"),
                column("notes", "text"),
                column("created_at", "timestamp with time zone").notNull().defaultValue("now()"),
                column("updated_at", "timestamp with time zone").notNull().defaultValue("now()"),
                primaryKey("pk_posts", "id"),
                unique("uq_posts_author_id_slug", "author_id", "slug"),
                check("ck_posts_status", "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text, ('PUBLISHED'::character varying)::text, ('ARCHIVED'::character varying)::text]))"));
        // Tag
        op.createTable("tags",
                column("id", "bigint").generatedByDefaultAsIdentity(),
                column("name", "character varying(50)").notNull(),
                column("slug", "character varying(60)").notNull(),
                column("is_active", "boolean").notNull().defaultValue("true"),
                column("is_flagged", "boolean").notNull().defaultValue("false"),
                column("notes", "text"),
                column("created_at", "timestamp with time zone").notNull().defaultValue("now()"),
                column("updated_at", "timestamp with time zone").notNull().defaultValue("now()"),
                primaryKey("pk_tags", "id"),
                unique("uq_tags_name", "name"),
                unique("uq_tags_slug", "slug"));
        // User
        op.createTable("users",
                column("id", "uuid").notNull(),
                column("active", "boolean").notNull(),
                column("city", "character varying(100)"),
                column("country_code", "character varying(2)"),
                column("postal_code", "character varying(20)"),
                column("street", "character varying(200)"),
                column("birth_date", "date"),
                column("created_at", "timestamp(6) without time zone").notNull(),
                column("display_name", "character varying(100)").notNull(),
                column("email", "character varying(320)").notNull(),
                column("is_active", "boolean").notNull().defaultValue("true"),
                column("is_flagged", "boolean").notNull().defaultValue("false"),
                column("notes", "text"),
                column("updated_at", "timestamp with time zone").notNull().defaultValue("now()"),
                primaryKey("pk_users", "id"),
                unique("uq_users_email", "email"));
        // Comment.post, Comment.createdAt
        op.createIndex("comments", "ix_comments_post_id_created_at", "post_id", "created_at");
        // Post.publishedAt
        op.createIndex("posts", "ix_posts_published_at", "published_at");
        // Comment.author
        op.addForeignKey("comments", "fk_comments_author_id_users",
                foreignKey("author_id").references("users", "id").onDelete(SET_NULL));
        // Comment.post
        op.addForeignKey("comments", "fk_comments_post_id_posts",
                foreignKey("post_id").references("posts", "id").onDelete(CASCADE));
        // Post.tags
        op.addForeignKey("post_tags", "fk_post_tags_post_id_posts",
                foreignKey("post_id").references("posts", "id"));
        // Post.tags
        op.addForeignKey("post_tags", "fk_post_tags_tag_id_tags",
                foreignKey("tag_id").references("tags", "id"));
        // Post.author
        op.addForeignKey("posts", "fk_posts_author_id_users",
                foreignKey("author_id").references("users", "id"));
        op.createTrigger("comments", "update_timestamp", "set_updated_at");
        op.createTrigger("post_tags", "update_timestamp", "set_updated_at");
        op.createTrigger("posts", "update_timestamp", "set_updated_at");
        op.createTrigger("tags", "update_timestamp", "set_updated_at");
        op.createTrigger("users", "update_timestamp", "set_updated_at");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTrigger("users", "update_timestamp");
        op.dropTrigger("tags", "update_timestamp");
        op.dropTrigger("posts", "update_timestamp");
        op.dropTrigger("post_tags", "update_timestamp");
        op.dropTrigger("comments", "update_timestamp");
        // Post.author
        op.dropConstraint("posts", "fk_posts_author_id_users");
        // Post.tags
        op.dropConstraint("post_tags", "fk_post_tags_tag_id_tags");
        // Post.tags
        op.dropConstraint("post_tags", "fk_post_tags_post_id_posts");
        // Comment.post
        op.dropConstraint("comments", "fk_comments_post_id_posts");
        // Comment.author
        op.dropConstraint("comments", "fk_comments_author_id_users");
        // Post.publishedAt
        op.dropIndex("posts", "ix_posts_published_at");
        // Comment.post, Comment.createdAt
        op.dropIndex("comments", "ix_comments_post_id_created_at");
        // User
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        op.dropTable("users");
        // Tag
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        op.dropTable("tags");
        // Post
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        op.dropTable("posts");
        // Post.tags
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        op.dropTable("post_tags");
        // Comment
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        op.dropTable("comments");
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        op.dropSequence("post_seq");
        op.dropTriggerFunction("set_updated_at");
    }
}
