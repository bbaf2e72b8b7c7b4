package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.DropColumn;
import autogen.diff.op.Fill;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.diff.op.RenameColumn;
import autogen.diff.op.RenameTable;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The differ's safe plans on models alone: renames, three-step NOT NULL, enum checks, hazards in context. */
class SafePlanTest {
    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName POSTS = QualifiedName.of("posts");
    private static final Column ID = new Column("id", "bigint", false, Optional.empty(), Identity.BY_DEFAULT);

    private static Table users(Column... columns) {
        List<Column> all = new java.util.ArrayList<>(List.of(ID));
        all.addAll(List.of(columns));
        return new Table(USERS, all, Optional.of(new PrimaryKey("pk_users", List.of("id"))), List.of(), List.of(),
                List.of());
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    private static List<Set<Hazard>> hazards(MigrationPlan plan) {
        return MigrationPlan.hazardsByStep(plan.up());
    }

    @Test
    void aRenamedColumnIsRenamedWithWhatRefersToIt() {
        Table before = new Table(USERS, List.of(ID, Column.of("name", "text")),
                Optional.of(new PrimaryKey("pk_users", List.of("id"))), List.of(), List.of(),
                List.of(new Index("ix_users_name", List.of("name"), false)),
                List.of(new CheckConstraint("ck_users_name", "(length(name) > 1)")), Optional.empty());
        Table after = new Table(USERS, List.of(ID, Column.of("full_name", "text")),
                Optional.of(new PrimaryKey("pk_users", List.of("id"))), List.of(), List.of(),
                List.of(new Index("ix_users_name", List.of("full_name"), false)),
                List.of(new CheckConstraint("ck_users_name", "(length(full_name) > 1)")), Optional.empty());
        MigrationPlan plan = new SchemaDiffer(new PlanHints(false,
                List.of(Rename.column(USERS, "name", "full_name")), Map.of())).diff(schema(before), schema(after));
        assertEquals(List.of(new RenameColumn(USERS, "name", "full_name")), plan.up());
        assertEquals(List.of(new RenameColumn(USERS, "full_name", "name")), plan.down());
    }

    @Test
    void aRenamedTableKeepsTheForeignKeysThatPointAtIt() {
        Table posts = new Table(POSTS, List.of(ID, Column.of("author_id", "bigint")),
                Optional.of(new PrimaryKey("pk_posts", List.of("id"))),
                List.of(new ForeignKey("fk_posts_author", List.of("author_id"), USERS, List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)), List.of(), List.of());
        QualifiedName accounts = QualifiedName.of("accounts");
        Table postsAfter = new Table(POSTS, posts.columns(), posts.primaryKey(),
                List.of(new ForeignKey("fk_posts_author", List.of("author_id"), accounts, List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)), List.of(), List.of());
        Table renamed = new Table(accounts, users().columns(), Optional.of(new PrimaryKey("pk_users",
                List.of("id"))), List.of(), List.of(), List.of());
        MigrationPlan plan = new SchemaDiffer(new PlanHints(false, List.of(Rename.table(USERS, "accounts")),
                Map.of())).diff(schema(users(), posts), schema(renamed, postsAfter));
        assertEquals(List.of(new RenameTable(USERS, "accounts")), plan.up());
    }

    @Test
    void aHintThatNamesNothingIsRefused() {
        HintException e = assertThrows(HintException.class, () -> new SchemaDiffer(new PlanHints(false,
                List.of(Rename.column(USERS, "nmae", "full_name")), Map.of()))
                .diff(schema(users(Column.of("name", "text"))), schema(users(Column.of("full_name", "text")))));
        assertEquals("--rename users.nmae=full_name: users has no column nmae", e.getMessage());
    }

    @Test
    void aDropAndAnAddOfTheSameTypeAreNotedAsAPossibleRename() {
        MigrationPlan plan = new SchemaDiffer().diff(schema(users(Column.of("name", "text"))),
                schema(users(Column.of("full_name", "text"))));
        int drop = indexOf(plan, DropColumn.class);
        assertEquals(List.of("possible rename: --rename users.name=full_name keeps the data"), plan.notesOf(drop));
        assertEquals(plan.notesOf(drop), plan.notesOf(indexOf(plan, AddColumn.class)));
    }

    @Test
    void aRequiredColumnOnAnExistingTableComesInThreeSteps() {
        Column email = new Column("email", "text", false, Optional.empty(), Identity.NONE);
        MigrationPlan guarded = new SchemaDiffer().diff(schema(users()), schema(users(email)));
        assertEquals(List.of(new AddColumn(USERS, email.withNullable(true)),
                new AlterColumn(USERS, email.withNullable(true), email, Optional.of(new Fill.Required()))),
                guarded.up());
        assertEquals(Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.LOCKS_TABLE), hazards(guarded).get(1));

        MigrationPlan filled = new SchemaDiffer(new PlanHints(false, List.of(),
                Map.of(new ColumnRef(USERS, "email"), "'unknown'"))).diff(schema(users()), schema(users(email)));
        assertEquals(Optional.of(new Fill.With("'unknown'")), ((AlterColumn) filled.up().get(1)).fill());
        assertEquals(Set.of(Hazard.LOCKS_TABLE), hazards(filled).get(1));
    }

    @Test
    void aBackfillForAColumnThatStaysNullableIsRefused() {
        HintException e = assertThrows(HintException.class, () -> new SchemaDiffer(new PlanHints(false, List.of(),
                Map.of(new ColumnRef(USERS, "email"), "'x'"))).diff(schema(users()),
                schema(users(Column.of("email", "text")))));
        assertTrue(e.getMessage().startsWith("--backfill users.email: "), e.getMessage());
    }

    @Test
    void aDroppedRequiredColumnComesBackFilledInTheDowngrade() {
        Column code = new Column("code", "character varying(20)", false, Optional.empty(), Identity.NONE);
        MigrationPlan plan = new SchemaDiffer().diff(schema(users(code)), schema(users()));
        AddColumn restore = (AddColumn) plan.down().get(0);
        assertEquals(Optional.of("''"), restore.fillExisting());
        assertEquals(Set.of(), restore.hazards());
    }

    @Test
    void anEnumThatGainsAConstantIsOneChangeThatCannotFail() {
        String before = "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text]))";
        String after = "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text, "
                + "('SCHEDULED'::character varying)::text]))";
        Table was = withCheck(new CheckConstraint("ck_users_status", before));
        Table wanted = withCheck(new CheckConstraint("ck_users_status", after));
        MigrationPlan plan = new SchemaDiffer().diff(schema(was), schema(wanted));
        assertEquals(1, plan.up().size());
        ChangeAllowedValues change = (ChangeAllowedValues) plan.up().get(0);
        assertEquals(List.of("SCHEDULED"), change.added());
        assertEquals(Set.of(Hazard.LOCKS_TABLE), change.hazards());
        assertEquals(Set.of(Hazard.LOCKS_TABLE, Hazard.MAY_FAIL_ON_EXISTING_ROWS), change.inverse().hazards());
    }

    @Test
    void theSameConstantsInAnotherOrderAreNoDifference() {
        Table was = withCheck(new CheckConstraint("ck_users_status",
                "((status)::text = ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text]))"));
        Table wanted = withCheck(new CheckConstraint("ck_users_status",
                "((status)::text = ANY (ARRAY[('B'::character varying)::text, ('A'::character varying)::text]))"));
        assertTrue(new SchemaDiffer().diff(schema(was), schema(wanted)).isEmpty());
    }

    @Test
    void nothingDoneToATableTheMigrationCreatesCarriesAHazard() {
        Table wanted = new Table(USERS, List.of(ID, new Column("email", "text", false, Optional.empty(),
                Identity.NONE)), Optional.of(new PrimaryKey("pk_users", List.of("id"))), List.of(), List.of(),
                List.of(new Index("ix_users_email", List.of("email"), true)));
        MigrationPlan plan = new SchemaDiffer().diff(schema(), schema(wanted));
        assertTrue(plan.hazards().isEmpty(), plan.hazards().toString());
        MigrationPlan later = new SchemaDiffer().diff(schema(users(wanted.columns().get(1))), schema(wanted));
        assertEquals(Set.of(Hazard.LOCKS_TABLE, Hazard.MAY_FAIL_ON_EXISTING_ROWS), later.hazards());
    }

    private static Table withCheck(CheckConstraint check) {
        Table t = users(new Column("status", "character varying(20)", true, Optional.empty(), Identity.NONE));
        return new Table(t.name(), t.columns(), t.primaryKey(), List.of(), List.of(), List.of(), List.of(check),
                Optional.empty());
    }

    private static int indexOf(MigrationPlan plan, Class<? extends Operation> kind) {
        for (int i = 0; i < plan.up().size(); i++) {
            if (kind.isInstance(plan.up().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " in " + plan.up());
    }
}
