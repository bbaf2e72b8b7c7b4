package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.diff.op.AlterEnumType;
import autogen.diff.op.CreateSchema;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.diff.op.RenameConstraint;
import autogen.diff.op.RenameIndex;
import autogen.diff.op.SetColumnComment;
import autogen.diff.op.SetTableComment;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuralMatchingTest {
    private final SchemaDiffer differ = new SchemaDiffer();
    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName POSTS = QualifiedName.of("posts");

    private static Table users(String pk) {
        return new Table(USERS, List.of(Column.of("id", "bigint").withNullable(false)),
                Optional.of(new PrimaryKey(pk, List.of("id"))), List.of(), List.of(), List.of());
    }

    private static Table posts(String pk, String fk, String uq, String ix, String ck, Optional<String> comment) {
        return new Table(POSTS, List.of(Column.of("id", "bigint").withNullable(false), Column.of("author_id", "bigint"),
                Column.of("slug", "text")),
                Optional.of(new PrimaryKey(pk, List.of("id"))),
                List.of(new ForeignKey(fk, List.of("author_id"), USERS, List.of("id"), ReferentialAction.CASCADE,
                        ReferentialAction.NO_ACTION)),
                List.of(new UniqueConstraint(uq, List.of("slug"))),
                List.of(new Index(ix, List.of("author_id"), false)),
                List.of(new CheckConstraint(ck, "(id > 0)")), comment);
    }

    /** What Hibernate's or a hand-written schema calls the same objects. */
    private static Schema builtByAnotherTool() {
        return new Schema(List.of(users("users_pkey"),
                posts("posts_pkey", "fkabc123", "ukxyz", "posts_author_idx", "posts_id_check", Optional.empty())),
                List.of());
    }

    private static Schema conventionNamed() {
        return new Schema(List.of(users("pk_users"), posts("pk_posts", "fk_posts_author_id_users",
                "uq_posts_slug", "ix_posts_author_id", "ck_posts_id", Optional.empty())), List.of());
    }

    @Test
    void unnamedObjectsAreMatchedByWhatTheyAreNotByName() {
        assertTrue(differ.diff(builtByAnotherTool(), conventionNamed()).isEmpty());
    }

    @Test
    void renamingToTheConventionIsAnOptInThatInvertsCleanly() {
        List<Operation> up = new SchemaDiffer(true).diff(builtByAnotherTool(), conventionNamed()).up();
        assertEquals(List.of(
                new RenameConstraint(POSTS, "fkabc123", "fk_posts_author_id_users"),
                new RenameConstraint(POSTS, "ukxyz", "uq_posts_slug"),
                new RenameConstraint(POSTS, "posts_id_check", "ck_posts_id"),
                new RenameIndex(POSTS, "posts_author_idx", "ix_posts_author_id"),
                new RenameConstraint(POSTS, "posts_pkey", "pk_posts"),
                new RenameConstraint(USERS, "users_pkey", "pk_users")).stream().sorted(
                        java.util.Comparator.comparing(Object::toString)).toList(),
                up.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertEquals(new RenameConstraint(POSTS, "pk_posts", "posts_pkey"),
                new RenameConstraint(POSTS, "posts_pkey", "pk_posts").inverse());
    }

    @Test
    void aNameTheEntityChoosesCounts() {
        Schema explicit = new Schema(List.of(users("pk_users"), posts("pk_posts", "posts_author_fk",
                "uq_posts_slug", "ix_posts_author_id", "ck_posts_id", Optional.empty())), List.of());
        List<Operation> up = differ.diff(builtByAnotherTool(), explicit).up();
        // The same key under the name the entity chose: a rename, not a drop and an add.
        assertEquals(List.of(new RenameConstraint(POSTS, "fkabc123", "posts_author_fk")), up);
    }

    @Test
    void twoDatabasesDifferOnlyInNamesTheEntitiesState() {
        SchemaDiffer byEntities = new SchemaDiffer(PlanHints.NONE.withNames(StatedNames.of(conventionNamed())));
        assertTrue(byEntities.diff(conventionNamed(), builtByAnotherTool()).isEmpty(),
                "names no entity states are no difference between two databases either");
        Schema stating = new Schema(List.of(users("pk_users"), posts("pk_posts", "posts_author_fk",
                "uq_posts_slug", "ix_posts_author_id", "ck_posts_id", Optional.empty())), List.of());
        List<Operation> renamed = new SchemaDiffer(PlanHints.NONE.withNames(StatedNames.of(stating)))
                .diff(stating, builtByAnotherTool()).up();
        assertEquals(List.of(new RenameConstraint(POSTS, "posts_author_fk", "fkabc123")), renamed,
                "a name an entity states counts on either side, and a changed one is a rename");
    }

    @Test
    void aCheckOfAllowedValuesUnderAStatedNameIsRenamedNotChanged() {
        Table plain = users("pk_users");
        Table before = new Table(USERS, List.of(Column.of("id", "bigint").withNullable(false),
                Column.of("status", "text")), plain.primaryKey(), List.of(), List.of(), List.of(),
                List.of(new CheckConstraint("users_status_check",
                        "(status = ANY (ARRAY['A'::text, 'B'::text]))")), Optional.empty());
        Table after = new Table(USERS, before.columns(), plain.primaryKey(), List.of(), List.of(), List.of(),
                List.of(new CheckConstraint("status_values", "(status = ANY (ARRAY['B'::text, 'A'::text]))")),
                Optional.empty());
        assertEquals(List.of(new RenameConstraint(USERS, "users_status_check", "status_values")),
                differ.diff(new Schema(List.of(before), List.of()), new Schema(List.of(after), List.of())).up());
    }

    @Test
    void aChangedShapeIsADifferenceEvenForConventionNames() {
        Table changed = posts("pk_posts", "fk_posts_author_id_users", "uq_posts_slug", "ix_posts_author_id",
                "ck_posts_id", Optional.empty());
        Table differentCheck = new Table(POSTS, changed.columns(), changed.primaryKey(), changed.foreignKeys(),
                changed.uniqueConstraints(), changed.indexes(), List.of(new CheckConstraint("ck_posts_id", "(id > 1)")),
                Optional.empty());
        List<Operation> up = differ.diff(conventionNamed(),
                new Schema(List.of(users("pk_users"), differentCheck), List.of())).up();
        assertEquals(2, up.size(), up.toString());
    }

    @Test
    void commentsAreTheirOwnOperations() {
        Table commented = posts("pk_posts", "fk_posts_author_id_users", "uq_posts_slug", "ix_posts_author_id",
                "ck_posts_id", Optional.of("Blog posts"));
        Table columnCommented = commented.withColumns(List.of(commented.columns().get(0),
                commented.columns().get(1), commented.columns().get(2).withComment(Optional.of("URL part"))));
        List<Operation> up = differ.diff(conventionNamed(),
                new Schema(List.of(users("pk_users"), columnCommented), List.of())).up();
        assertEquals(List.of(new SetColumnComment(POSTS, "slug", Optional.empty(), Optional.of("URL part")),
                new SetTableComment(POSTS, Optional.empty(), Optional.of("Blog posts"))), up);
    }

    @Test
    void enumValuesAddedAreSafeAndRemovedOnesRecreateTheType() {
        QualifiedName mood = QualifiedName.of("mood");
        Table person = new Table(QualifiedName.of("person"), List.of(Column.of("mood", "mood")), Optional.empty(),
                List.of(), List.of(), List.of());
        Schema before = new Schema(List.of("public"), List.of(new EnumType(mood, List.of("sad", "ok"))),
                List.of(person), List.of());
        Schema added = new Schema(List.of("public"), List.of(new EnumType(mood, List.of("sad", "ok", "happy"))),
                List.of(person), List.of());
        AlterEnumType add = (AlterEnumType) differ.diff(before, added).up().get(0);
        assertTrue(add.onlyAddsValues());
        assertTrue(add.hazards().isEmpty());
        assertEquals(1, add.usages().size());
        AlterEnumType remove = (AlterEnumType) add.inverse();
        assertTrue(remove.hazards().contains(Hazard.RECREATES_TYPE));
    }

    @Test
    void newNamespacesAreCreatedFirst() {
        Table audit = new Table(new QualifiedName("audit", "log"), List.of(Column.of("id", "bigint")),
                Optional.empty(), List.of(), List.of(), List.of());
        List<Operation> up = differ.diff(Schema.empty(), new Schema(List.of(audit), List.of())).up();
        assertEquals(new CreateSchema("audit"), up.get(0));
    }
}
