package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.Fill;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A key over a column the plan adds is judged by what the plan puts in it: NULL in every row breaks no unique or
 * foreign key; one default in every row, or values a backfill writes, may.
 */
class AddedColumnsTest {
    private static final QualifiedName BOOKS = QualifiedName.of("books");
    private static final Column ISBN = new Column("isbn", "character varying(255)", true, Optional.empty(),
            Identity.NONE);
    private static final Column ISBN_DEFAULT = new Column("isbn", "character varying(255)", true,
            Optional.of("'none'::character varying"), Identity.NONE);
    private static final Column TITLE = new Column("title", "text", true, Optional.empty(), Identity.NONE);

    private static final Operation UNIQUE = new AddUniqueConstraint(BOOKS, new UniqueConstraint("uq_books_isbn",
            List.of("isbn")), true);
    private static final Operation UNIQUE_INDEX = new CreateIndex(BOOKS, new Index("ix_books_isbn",
            List.of("title", "isbn"), true), true);
    private static final Operation FOREIGN_KEY = new AddForeignKey(BOOKS, new ForeignKey("fk_books_isbn",
            List.of("isbn"), QualifiedName.of("editions"), List.of("isbn"), ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION), true);

    @Test
    void aKeyOverANewColumnWithoutADefaultCannotFailOnTheRowsThatExist() {
        List<Set<Hazard>> hazards = MigrationPlan.hazardsByStep(List.of(new AddColumn(BOOKS, ISBN), UNIQUE,
                UNIQUE_INDEX, FOREIGN_KEY));
        assertEquals(List.of(Set.of(), Set.of(), Set.of(), Set.of()), hazards);
    }

    @Test
    void aKeyOverANewColumnWithADefaultMayFail() {
        List<Set<Hazard>> hazards = MigrationPlan.hazardsByStep(List.of(new AddColumn(BOOKS, ISBN_DEFAULT), UNIQUE,
                FOREIGN_KEY));
        assertEquals(Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS), hazards.get(1));
        assertEquals(Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS), hazards.get(2));
        assertEquals(Optional.of(AddedColumns.Holds.ONE_VALUE), AddedColumns.byStep(List.of(
                new AddColumn(BOOKS, ISBN_DEFAULT), UNIQUE)).get(1).holds(new ColumnRef(BOOKS, "isbn")));
    }

    @Test
    void aKeyOverANewColumnABackfillFillsOrOverAColumnThatExistedMayFail() {
        Column required = new Column("isbn", "character varying(255)", false, Optional.empty(), Identity.NONE);
        List<Operation> backfilled = List.of(new AddColumn(BOOKS, ISBN), new AlterColumn(BOOKS, ISBN, required,
                Optional.of(new Fill.With("md5(title)"))), UNIQUE);
        assertEquals(Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS), MigrationPlan.hazardsByStep(backfilled).get(2));
        assertEquals(Optional.of(AddedColumns.Holds.COMPUTED),
                AddedColumns.byStep(backfilled).get(2).holds(new ColumnRef(BOOKS, "isbn")));
        assertEquals(Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS), MigrationPlan.hazardsByStep(List.of(
                new AddColumn(BOOKS, TITLE), UNIQUE)).get(1), "isbn was there before the migration");
    }
}
