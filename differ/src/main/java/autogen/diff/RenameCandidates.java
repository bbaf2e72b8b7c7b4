package autogen.diff;

import autogen.diff.op.AddColumn;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropTable;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        fitting(up).forEach((d, adds) -> {
            if (adds.size() == 1) {
                candidates.add(new Candidate(rename(up.get(d), up.get(adds.get(0))), d, adds.get(0)));
            }
        });
        return candidates;
    }

    /** The notes on the drops and adds that could be renames, with the hint that makes each one. */
    static List<MigrationPlan.Note> notes(List<Operation> up) {
        List<MigrationPlan.Note> notes = new ArrayList<>();
        fitting(up).forEach((d, adds) -> {
            for (int a : adds) {
                Rename rename = rename(up.get(d), up.get(a));
                String text = "possible rename: --rename " + rename.hint() + " keeps the data";
                notes.add(new MigrationPlan.Note(d, text));
                notes.add(new MigrationPlan.Note(a, text));
            }
        });
        return notes;
    }

    /**
     * Each drop's step with the steps of the adds it fits, both in plan order; drops that fit nothing are left out.
     * The adds are indexed by what a drop must match, so a plan of many adds and few drops costs one pass.
     */
    private static Map<Integer, List<Integer>> fitting(List<Operation> up) {
        List<Integer> drops = new ArrayList<>();
        for (int i = 0; i < up.size(); i++) {
            if (up.get(i) instanceof DropColumn || up.get(i) instanceof DropTable) {
                drops.add(i);
            }
        }
        Map<Object, List<Integer>> adds = new HashMap<>();
        for (int i = 0; i < up.size() && !drops.isEmpty(); i++) {
            Operation op = up.get(i);
            if (op instanceof AddColumn || op instanceof CreateTable) {
                adds.computeIfAbsent(key(op), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, List<Integer>> fitting = new LinkedHashMap<>();
        for (int d : drops) {
            List<Integer> matches = adds.get(key(up.get(d)));
            if (matches != null) {
                fitting.put(d, matches);
            }
        }
        return fitting;
    }

    /**
     * What a drop and an add share when one could be renamed to the other: the table and the column's type, or the
     * schema and every column by name and type.
     */
    private static Object key(Operation op) {
        if (op instanceof DropColumn d) {
            return List.of(d.table(), d.column().type());
        }
        if (op instanceof AddColumn a) {
            return List.of(a.table(), a.column().type());
        }
        Table table = op instanceof DropTable d ? d.table() : ((CreateTable) op).table();
        return List.of(table.name().schema(), shape(table));
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
