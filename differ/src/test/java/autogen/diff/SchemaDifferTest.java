package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropSequence;
import autogen.diff.op.DropTable;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
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
import autogen.diff.order.PhaseOf;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {
    private final SchemaDiffer differ = new SchemaDiffer();

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName POSTS = QualifiedName.of("posts");

    static Table users() {
        return new Table(USERS,
                List.of(new Column("id", "bigint", false, Optional.empty(), Identity.BY_DEFAULT),
                        new Column("email", "character varying(255)", false, Optional.empty(), Identity.NONE)),
                Optional.of(new PrimaryKey("pk_users", List.of("id"))), List.of(),
                List.of(new UniqueConstraint("uq_users_email", List.of("email"))), List.of());
    }

    static Table posts() {
        return new Table(POSTS,
                List.of(new Column("id", "bigint", false, Optional.empty(), Identity.NONE),
                        Column.of("author_id", "bigint"), Column.of("title", "text")),
                Optional.of(new PrimaryKey("pk_posts", List.of("id"))),
                List.of(new ForeignKey("fk_posts_author_id_users", List.of("author_id"), USERS, List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(), List.of(new Index("ix_posts_title", List.of("title"), false)));
    }

    static Schema blog() {
        return new Schema(List.of(posts(), users()),
                List.of(new Sequence(QualifiedName.of("post_seq"), 1, 20)));
    }

    @Test
    void equalSchemasGiveAnEmptyPlan() {
        assertTrue(differ.diff(blog(), blog()).isEmpty());
    }

    @Test
    void creatingFromNothingOrdersTablesBeforeTheirForeignKeys() {
        List<Operation> up = differ.diff(Schema.empty(), blog()).up();
        assertEquals(List.of(
                new CreateSequence(new Sequence(QualifiedName.of("post_seq"), 1, 20)),
                new CreateTable(posts().bare()),
                new CreateTable(users()),
                new CreateIndex(POSTS, posts().indexes().get(0)),
                new AddForeignKey(POSTS, posts().foreignKeys().get(0))), up);
    }

    @Test
    void droppingEverythingDropsForeignKeysFirstAndSequencesLast() {
        List<Operation> up = differ.diff(blog(), Schema.empty()).up();
        assertEquals(new DropForeignKey(POSTS, posts().foreignKeys().get(0)), up.get(0));
        assertEquals(new DropIndex(POSTS, posts().indexes().get(0)), up.get(1));
        assertTrue(up.get(2) instanceof DropTable && up.get(3) instanceof DropTable);
        assertEquals(new DropSequence(new Sequence(QualifiedName.of("post_seq"), 1, 20)), up.get(4));
        assertTrue(up.get(2).hazards().contains(Hazard.DELETES_DATA));
    }

    @Test
    void downIsTheInverseOfUpAndRestoresTheOrder() {
        List<Operation> down = differ.diff(Schema.empty(), blog()).down();
        assertEquals(new HashSet<>(differ.diff(blog(), Schema.empty()).up()), new HashSet<>(down));
        for (int i = 1; i < down.size(); i++) {
            assertTrue(PhaseOf.of(down.get(i - 1)).compareTo(PhaseOf.of(down.get(i))) <= 0, "down in phase order");
        }
    }

    @Test
    void everyOperationInvertsBackToItself() {
        MigrationPlan there = differ.diff(Schema.empty(), blog());
        MigrationPlan back = differ.diff(blog(), Schema.empty());
        for (Operation op : there.up()) {
            assertEquals(op, op.inverse().inverse());
        }
        for (Operation op : back.up()) {
            assertEquals(op, op.inverse().inverse());
        }
    }

    @Test
    void columnChangesAreExactlyTheChangedColumns() {
        Table changed = users().withColumns(List.of(
                new Column("id", "bigint", false, Optional.empty(), Identity.BY_DEFAULT),
                new Column("email", "character varying(320)", true, Optional.empty(), Identity.NONE),
                Column.of("nickname", "text")));
        Schema target = new Schema(List.of(posts(), changed), blog().sequences());
        List<Operation> up = differ.diff(blog(), target).up();
        assertEquals(List.of(
                new AddColumn(USERS, Column.of("nickname", "text")),
                new AlterColumn(USERS, users().columns().get(1), changed.columns().get(1))), up);
    }

    @Test
    void columnOrderIsNotADifference() {
        Table reordered = users().withColumns(List.of(users().columns().get(1), users().columns().get(0)));
        Schema target = new Schema(List.of(posts(), reordered), blog().sequences());
        assertTrue(differ.diff(blog(), target).isEmpty());
    }

    @Test
    void aChangedIndexIsDroppedAndCreatedAgain() {
        Index unique = new Index("ix_posts_title", List.of("title"), true);
        Table posts = new Table(POSTS, posts().columns(), posts().primaryKey(), posts().foreignKeys(),
                List.of(), List.of(unique));
        List<Operation> up = differ.diff(blog(), new Schema(List.of(posts, users()), blog().sequences())).up();
        assertEquals(List.of(new DropIndex(POSTS, posts().indexes().get(0)), new CreateIndex(POSTS, unique)), up);
    }
}
