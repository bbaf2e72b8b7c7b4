package autogen.engine;

import autogen.diff.MigrationPlan;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.Operation;
import autogen.diff.order.PhaseOf;
import autogen.schema.Schema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Prints the differences of a plan grouped by kind, with counts, so that hundreds still fit one screen. */
public final class CheckReport {
    private static final int SHOWN_PER_KIND = 10;

    /** Groups in the order a reader scans them. */
    enum Kind {
        SCHEMAS("schemas"), ENUM_TYPES("enum types"), TABLES("tables"), COLUMNS("columns"),
        COLUMN_TYPES("column types"), NULLABILITY("nullability"), DEFAULTS("defaults"), KEYS("keys"),
        CHECKS("checks"), INDEXES("indexes"), SEQUENCES("sequences"), COMMENTS("comments"), TRIGGERS("triggers"), NAMES("names");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private CheckReport() {
    }

    /** The whole report of {@code check}: that it is in sync, or every difference and every drift. */
    public static void print(CheckService.Check check, PrintWriter out) {
        print(check, false, out);
    }

    /** The same; with {@code all}, every difference of each kind instead of the first ten. */
    public static void print(CheckService.Check check, boolean all, PrintWriter out) {
        Timings.measure("report", () -> {
            DiffService.Result result = check.result();
            MigrationPlan differences = check.differences();
            Schema entities = result.compared().target();
            int shown = all ? Integer.MAX_VALUE : SHOWN_PER_KIND;
            if (check.inSync()) {
                out.println("In sync: the entities match " + result.comparedWith() + ".");
            } else if (!differences.isEmpty()) {
                print(differences, result.comparedWith(), shown, out);
            }
            check.drift().ifPresent(d -> printDrift(d, result.comparedWith(), shown, out));
            printUnstated(differences, entities, out);
            return check;
        });
    }

    public static void print(MigrationPlan plan, String comparedWith, PrintWriter out) {
        print(plan, comparedWith, SHOWN_PER_KIND, out);
    }

    private static void print(MigrationPlan plan, String comparedWith, int shown, PrintWriter out) {
        out.println(plan.up().size() + " difference" + (plan.up().size() == 1 ? "" : "s")
                + " between the entities and " + comparedWith + ":");
        printByKind(plan, true, shown, out);
        out.println("Write a migration for them with: autogen revision -m \"<what changed>\"");
    }

    /**
     * Database drift: the changes made to {@code database} outside its migrations, as the operations that would
     * make them on a database the migrations built, each once, with the one thing to do about it: undo what the
     * entities do not have; write what they have into a migration and stamp the database at it.
     */
    private static void printDrift(DriftService.Drift drift, String database, int shown, PrintWriter out) {
        if (!drift.notInEntities().isEmpty()) {
            out.println(changes(drift.notInEntities()) + " made to " + database
                    + " outside its migrations (database drift):");
            printByKind(drift.notInEntities(), false, shown, out);
            out.println("Undo them by hand: the entities do not have them, and the migrations did not make them.");
        }
        if (!drift.inEntities().isEmpty()) {
            out.println(changes(drift.inEntities()) + " made to " + database + " outside its migrations (database"
                    + " drift), which the entities have too:");
            printByKind(drift.inEntities(), false, shown, out);
            out.println("Write them into a migration with autogen revision -m \"<what changed>\" --db \"\" (which"
                    + " compares the entities with the migrations), then record this database at it with autogen"
                    + " stamp head.");
        }
    }

    private static String changes(MigrationPlan plan) {
        return plan.up().size() + " change" + (plan.up().size() == 1 ? "" : "s");
    }

    /**
     * The rules only the database has, which the entities do not state and autogen's migrations did not make: kept,
     * so not differences, each with the mapping that would state it.
     */
    public static void printUnstated(MigrationPlan plan, Schema entities, PrintWriter out) {
        AnnotationAdvice advice = new AnnotationAdvice(entities);
        List<String> lines = plan.unstated().stream().flatMap(op -> advice.of(op).stream()).toList();
        if (lines.isEmpty()) {
            return;
        }
        out.println(lines.size() + " rule" + (lines.size() == 1 ? "" : "s") + " only in the database, kept because"
                + " the entities do not state " + (lines.size() == 1 ? "it" : "them") + " and no autogen migration"
                + " made " + (lines.size() == 1 ? "it" : "them") + ":");
        lines.forEach(line -> out.println("  " + line));
        out.println("State them in the entities to keep them for good, or remove them with: autogen revision -m"
                + " \"<what changed>\" --drop-unstated KIND|NAME");
    }

    /**
     * Each difference under its kind, with its hazards, when they are to come, in a column of their own, and its
     * notes (preflight figures, a possible rename) below it.
     */
    private static void printByKind(MigrationPlan plan, boolean withHazards, int shown, PrintWriter out) {
        Map<Kind, List<Integer>> byKind = new EnumMap<>(Kind.class);
        for (int i = 0; i < plan.up().size(); i++) {
            byKind.computeIfAbsent(kind(plan.up().get(i)), k -> new ArrayList<>()).add(i);
        }
        List<MigrationPlan.Risk> risks = MigrationPlan.risksByStep(plan.up());
        boolean colour = Marks.colour();
        byKind.forEach((kind, steps) -> {
            out.println("  " + kind.label + " (" + steps.size() + ")");
            List<Integer> listed = steps.stream().limit(shown).toList();
            List<String> lines = PlanLines.of(listed.stream().map(i -> step(plan, i, withHazards
                    ? Optional.of(risks.get(i)) : Optional.empty())).toList(), "    ", colour);
            for (int n = 0; n < listed.size(); n++) {
                out.println(lines.get(n));
                plan.notesOf(listed.get(n)).forEach(note -> out.println("        " + note));
            }
            if (steps.size() > shown) {
                out.println("    ... and " + (steps.size() - shown) + " more (autogen check --all lists them)");
            }
        });
    }

    /** The step at {@code i} of {@code plan}, with its risk when it is to come. */
    private static PlanLines.Step step(MigrationPlan plan, int i, Optional<MigrationPlan.Risk> risk) {
        // A lock that makes the application wait is worth its place on the line; the file has every lock.
        return new PlanLines.Step(plan.up().get(i), plan.declaredBy(i),
                risk.map(MigrationPlan.Risk::hazards).orElse(Set.of()),
                risk.flatMap(MigrationPlan.Risk::lock).filter(l -> l.contains("wait")));
    }

    /** The group {@code op} is listed under ("columns", "keys", ...), as the report and the JSON document name it. */
    static String kindOf(Operation op) {
        return kind(op).label;
    }

    /** A changed column counts under the first of its changes a reviewer cares about: type, nullability, default. */
    private static Kind kind(Operation op) {
        if (op instanceof AlterColumn alter) {
            if (!alter.before().type().equals(alter.after().type())) {
                return Kind.COLUMN_TYPES;
            } else if (alter.before().nullable() != alter.after().nullable()) {
                return Kind.NULLABILITY;
            } else if (!alter.before().defaultExpression().equals(alter.after().defaultExpression())) {
                return Kind.DEFAULTS;
            }
            return Kind.COLUMNS;
        }
        return switch (PhaseOf.of(op)) {
            case CREATE_SCHEMAS, DROP_SCHEMAS -> Kind.SCHEMAS;
            case CREATE_TYPES, ALTER_TYPES, DROP_TYPES -> Kind.ENUM_TYPES;
            case CREATE_TABLES, DROP_TABLES, RENAME_TABLES -> Kind.TABLES;
            case ADD_COLUMNS, ALTER_COLUMNS, DROP_COLUMNS, RENAME_COLUMNS -> Kind.COLUMNS;
            case DROP_FOREIGN_KEYS, DROP_UNIQUE_CONSTRAINTS, DROP_PRIMARY_KEYS, ADD_PRIMARY_KEYS,
                    ADD_UNIQUE_CONSTRAINTS, ADD_FOREIGN_KEYS -> Kind.KEYS;
            case DROP_CHECKS, ADD_CHECKS -> Kind.CHECKS;
            case DROP_INDEXES, CREATE_INDEXES -> Kind.INDEXES;
            case CREATE_SEQUENCES, ALTER_SEQUENCES, DROP_SEQUENCES, OWN_SEQUENCES, DISOWN_SEQUENCES ->
                    Kind.SEQUENCES;
            case SET_COMMENTS -> Kind.COMMENTS;
            case RENAMES -> Kind.NAMES;
            case CREATE_FUNCTIONS, DROP_FUNCTIONS, CREATE_TRIGGERS, DROP_TRIGGERS -> Kind.TRIGGERS;
        };
    }
}
