package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.diff.op.AddColumn;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropTable;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which drops and adds of a plan could be renames, found through the index of the adds. */
class RenameCandidatesTest {
    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName POSTS = QualifiedName.of("posts");

    private static Table table(QualifiedName name, Column... columns) {
        return new Table(name, List.of(columns), Optional.empty(), List.of(), List.of(), List.of());
    }

    @Test
    void aDropWithOneFittingAddIsACandidateAndOnlyAnAddOfItsTableAndTypeFits() {
        List<Operation> up = List.of(
                new AddColumn(USERS, Column.of("nickname", "text")),
                new AddColumn(POSTS, Column.of("title", "text")),
                new AddColumn(USERS, Column.of("age", "integer")),
                new DropColumn(USERS, Column.of("name", "text")));
        assertEquals(List.of(new RenameCandidates.Candidate(Rename.column(USERS, "name", "nickname"), 3, 0)),
                RenameCandidates.of(up));
        String text = "possible rename: --rename users.name=nickname keeps the data";
        assertEquals(List.of(new MigrationPlan.Note(3, text), new MigrationPlan.Note(0, text)),
                RenameCandidates.notes(up));
    }

    @Test
    void aDropWithTwoFittingAddsIsNoCandidateAndBothAreNotedInPlanOrder() {
        List<Operation> up = List.of(
                new DropColumn(USERS, Column.of("b", "text")),
                new AddColumn(USERS, Column.of("x", "text")),
                new DropColumn(USERS, Column.of("a", "text")),
                new AddColumn(USERS, Column.of("y", "text")));
        assertEquals(List.of(), RenameCandidates.of(up));
        assertEquals(List.of(0, 1, 0, 3, 2, 1, 2, 3),
                RenameCandidates.notes(up).stream().map(MigrationPlan.Note::step).toList());
    }

    @Test
    void aTableFitsOneWithTheSameColumnsInTheSameSchemaWhateverTheirOrder() {
        Table before = table(USERS, Column.of("id", "bigint"), Column.of("name", "text"));
        Table same = table(QualifiedName.of("accounts"), Column.of("name", "text"), Column.of("id", "bigint"));
        Table other = table(QualifiedName.of("people"), Column.of("id", "bigint"));
        List<Operation> up = List.of(new CreateTable(other), new CreateTable(same), new DropTable(before));
        assertEquals(List.of(new RenameCandidates.Candidate(Rename.table(USERS, "accounts"), 2, 1)),
                RenameCandidates.of(up));
    }

    @Test
    void aPlanWithoutDropsHasNoCandidates() {
        List<Operation> up = List.of(new AddColumn(USERS, Column.of("x", "text")),
                new CreateTable(table(POSTS, Column.of("id", "bigint"))));
        assertEquals(List.of(), RenameCandidates.of(up));
        assertEquals(List.of(), RenameCandidates.notes(up));
    }
}
