package autogen.diff;

import autogen.diff.op.AddColumn;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropTable;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drops and adds in one plan that look like a rename: a column dropped and one of the same type added to the same
 * table, or a table dropped and one with the same columns created in the same schema. A rename keeps the data, a
 * drop and an add do not, so each is pointed out and, on a terminal, asked about.
 */
public final class RenameCandidates {
    /** A rename that fits, with the steps it would replace. */
    public record Candidate(Rename rename, int dropStep, int addStep) {
    }

    private RenameCandidates() {
    }

    /** Every drop with exactly one add it could be renamed to. */
    public static List<Candidate> of(List<Operation> up) {
        List<Candidate> candidates = new ArrayList<>();
        for (int d = 0; d < up.size(); d++) {
            List<Integer> adds = addsFitting(up, d);
            if (adds.size() == 1) {
                candidates.add(new Candidate(rename(up.get(d), up.get(adds.get(0))), d, adds.get(0)));
            }
        }
        return candidates;
    }

    /** The notes on the drops and adds that could be renames, with the hint that makes each one. */
    static List<MigrationPlan.Note> notes(List<Operation> up) {
        List<MigrationPlan.Note> notes = new ArrayList<>();
        for (int d = 0; d < up.size(); d++) {
            List<Integer> adds = addsFitting(up, d);
            for (int a : adds) {
                Rename rename = rename(up.get(d), up.get(a));
                String text = "possible rename: --rename " + rename.hint() + " keeps the data";
                notes.add(new MigrationPlan.Note(d, text));
                notes.add(new MigrationPlan.Note(a, text));
            }
        }
        return notes;
    }

    private static List<Integer> addsFitting(List<Operation> up, int drop) {
        List<Integer> adds = new ArrayList<>();
        for (int a = 0; a < up.size(); a++) {
            if (fits(up.get(drop), up.get(a))) {
                adds.add(a);
            }
        }
        return adds;
    }

    private static boolean fits(Operation drop, Operation add) {
        if (drop instanceof DropColumn d && add instanceof AddColumn a) {
            return d.table().equals(a.table()) && d.column().type().equals(a.column().type());
        }
        if (drop instanceof DropTable d && add instanceof CreateTable c) {
            return d.table().name().schema().equals(c.table().name().schema())
                    && shape(d.table()).equals(shape(c.table()));
        }
        return false;
    }

    /** A table's columns by name and type: what must match for a rename to keep every column. */
    private static Map<String, String> shape(Table table) {
        return table.columns().stream().collect(Collectors.toMap(Column::name, Column::type));
    }

    private static Rename rename(Operation drop, Operation add) {
        if (drop instanceof DropColumn d && add instanceof AddColumn a) {
            return Rename.column(d.table(), d.column().name(), a.column().name());
        }
        return Rename.table(((DropTable) drop).table().name(), ((CreateTable) add).table().name().name());
    }
}
