package autogen.engine;

import autogen.render.OperationDescriber;
import autogen.diff.MigrationPlan;
import autogen.diff.op.Operation;
import autogen.diff.op.AlterColumn;
import autogen.diff.order.PhaseOf;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    public static void print(MigrationPlan plan, String comparedWith, PrintWriter out) {
        out.println(plan.up().size() + " difference" + (plan.up().size() == 1 ? "" : "s")
                + " between the entities and " + comparedWith + ":");
        printByKind(plan, out);
        out.println("Write a migration for them with: autogen revision -m \"<what changed>\"");
    }

    /**
     * Database drift: the changes made to {@code database} outside its migrations, as the operations that would
     * make them on a database the migrations built.
     */
    public static void printDrift(MigrationPlan drift, String database, PrintWriter out) {
        out.println(drift.up().size() + " change" + (drift.up().size() == 1 ? "" : "s") + " made to " + database
                + " outside its migrations (database drift):");
        printByKind(drift, out);
        out.println("Undo them by hand, or write a migration that makes them and stamp the database at it.");
    }

    private static void printByKind(MigrationPlan plan, PrintWriter out) {
        Map<Kind, List<Operation>> byKind = new TreeMap<>(plan.up().stream()
                .collect(Collectors.groupingBy(CheckReport::kind)));
        byKind.forEach((kind, ops) -> {
            out.println("  " + kind.label + " (" + ops.size() + ")");
            ops.stream().limit(SHOWN_PER_KIND).forEach(op -> out.println("    " + OperationDescriber.describe(op)));
            if (ops.size() > SHOWN_PER_KIND) {
                out.println("    ... and " + (ops.size() - SHOWN_PER_KIND) + " more");
            }
        });
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
            case CREATE_SEQUENCES, ALTER_SEQUENCES, DROP_SEQUENCES -> Kind.SEQUENCES;
            case SET_COMMENTS -> Kind.COMMENTS;
            case RENAMES -> Kind.NAMES;
            case CREATE_FUNCTIONS, DROP_FUNCTIONS, CREATE_TRIGGERS, DROP_TRIGGERS -> Kind.TRIGGERS;
        };
    }
}
