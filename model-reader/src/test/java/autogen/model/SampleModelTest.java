package autogen.model;

import static autogen.model.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleModelTest {
    private static Schema schema;

    @BeforeAll
    static void readSample() {
        schema = new HibernateModelReader().read(Fixtures.sample());
    }

    @Test
    void readsEveryTableInPublic() {
        assertEquals(List.of("comments", "post_tags", "posts", "tags", "users"),
                schema.tables().stream().map(t -> t.name().toString()).map(n -> n.substring("public.".length()))
                        .toList());
        assertTrue(schema.tables().stream().allMatch(t -> t.name().schema().equals("public")));
    }

    @Test
    void readsTheSequenceWithItsAllocationSize() {
        assertEquals(List.of(new Sequence(QualifiedName.of("post_seq"), 1, 20)), schema.sequences());
    }

    @Test
    void keepsHibernateTypeSpelling() {
        Table posts = table(schema, "public.posts");
        assertEquals(new Column("title", "varchar(200)", false, Optional.empty(), Identity.NONE),
                column(posts, "title"));
        assertEquals("text", column(posts, "body").type());
        assertEquals("numeric(10,2)", column(posts, "price").type());
        assertEquals("timestamp(6) with time zone", column(posts, "published_at").type());
        assertEquals("integer", column(posts, "reading_minutes").type());
        Table users = table(schema, "public.users");
        assertEquals(new Column("id", "uuid", false, Optional.empty(), Identity.NONE), column(users, "id"));
        assertEquals("timestamp(6)", column(users, "created_at").type());
        assertEquals("date", column(users, "birth_date").type());
        assertEquals(Column.of("postal_code", "varchar(20)"), column(users, "postal_code"));
        assertEquals(new Column("active", "boolean", false, Optional.empty(), Identity.NONE), column(users, "active"));
    }

    @Test
    void readsTheEnumColumnWithItsDefault() {
        assertEquals(new Column("status", "varchar(20)", false, Optional.of("'DRAFT'"), Identity.NONE),
                column(table(schema, "public.posts"), "status"));
    }

    @Test
    void readsTheCheckHibernateDerivesFromTheEnumConstants() {
        assertEquals(List.of(new CheckConstraint("ck_posts_status", "status in ('DRAFT','PUBLISHED','ARCHIVED')")),
                table(schema, "public.posts").checks());
        assertTrue(schema.tables().stream().filter(t -> !t.name().name().equals("posts"))
                .allMatch(t -> t.checks().isEmpty()));
    }

    @Test
    void usesOnlyThePublicSchemaAndNoEnumType() {
        assertEquals(List.of("public"), schema.namespaces());
        assertEquals(List.of(), schema.enums());
    }

    @Test
    void identityColumnsKeepTheirBaseType() {
        Column id = new Column("id", "bigint", false, Optional.empty(), Identity.BY_DEFAULT);
        assertEquals(id, column(table(schema, "public.comments"), "id"));
        assertEquals(id, column(table(schema, "public.tags"), "id"));
        assertEquals(Identity.NONE, column(table(schema, "public.posts"), "id").identity());
    }

    @Test
    void namesPrimaryKeysByConvention() {
        assertEquals(Optional.of(new PrimaryKey("pk_users", List.of("id"))), table(schema, "public.users").primaryKey());
        assertEquals(Optional.of(new PrimaryKey("pk_post_tags", List.of("post_id", "tag_id"))),
                table(schema, "public.post_tags").primaryKey());
    }

    @Test
    void readsForeignKeysWithTheirDeleteActions() {
        QualifiedName users = QualifiedName.of("users");
        QualifiedName posts = QualifiedName.of("posts");
        assertEquals(List.of(fk("fk_posts_author_id_users", "author_id", users, ReferentialAction.NO_ACTION)),
                table(schema, "public.posts").foreignKeys());
        assertEquals(List.of(fk("fk_comments_author_id_users", "author_id", users, ReferentialAction.SET_NULL),
                        fk("fk_comments_post_id_posts", "post_id", posts, ReferentialAction.CASCADE)),
                table(schema, "public.comments").foreignKeys());
        assertEquals(List.of(fk("fk_post_tags_post_id_posts", "post_id", posts, ReferentialAction.NO_ACTION),
                        fk("fk_post_tags_tag_id_tags", "tag_id", QualifiedName.of("tags"), ReferentialAction.NO_ACTION)),
                table(schema, "public.post_tags").foreignKeys());
    }

    @Test
    void namesUniqueConstraintsByConventionUnlessNamed() {
        assertEquals(List.of(new UniqueConstraint("uq_users_email", List.of("email"))),
                table(schema, "public.users").uniqueConstraints());
        assertEquals(List.of(new UniqueConstraint("uq_tags_name", List.of("name")),
                        new UniqueConstraint("uq_tags_slug", List.of("slug"))),
                table(schema, "public.tags").uniqueConstraints());
        // Hibernate 7 maps @Index(unique = true) to a unique key, which it names through the unique-key strategy.
        assertEquals(List.of(new UniqueConstraint("uq_posts_author_id_slug", List.of("author_id", "slug"))),
                table(schema, "public.posts").uniqueConstraints());
    }

    @Test
    void readsIndexes() {
        assertEquals(List.of(new Index("ix_posts_published_at", List.of("published_at"), false)),
                table(schema, "public.posts").indexes());
        assertEquals(List.of(new Index("ix_comments_post_id_created_at", List.of("post_id", "created_at"), false)),
                table(schema, "public.comments").indexes());
        assertTrue(table(schema, "public.users").indexes().isEmpty());
    }

    @Test
    void keepsEmbeddedColumnsNullable() {
        Table users = table(schema, "public.users");
        for (String name : List.of("street", "city", "postal_code", "country_code")) {
            assertTrue(column(users, name).nullable(), name);
        }
        assertFalse(column(users, "email").nullable());
    }

    @Test
    void readingTwiceGivesEqualModels() {
        assertEquals(schema, new HibernateModelReader().read(Fixtures.sample()));
    }

    private static ForeignKey fk(String name, String column, QualifiedName referenced, ReferentialAction onDelete) {
        return new ForeignKey(name, List.of(column), referenced, List.of("id"), onDelete, ReferentialAction.NO_ACTION);
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }
}
