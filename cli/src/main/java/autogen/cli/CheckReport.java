package autogen.cli;

import autogen.codegen.OperationDescriber;
import autogen.diff.MigrationPlan;
import autogen.diff.op.Operation;
import autogen.diff.order.Phase;
import autogen.diff.order.PhaseOf;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints the differences of a plan grouped by kind, with counts, so that hundreds still fit one screen. */
final class CheckReport {
    private static final int SHOWN_PER_KIND = 10;

    /** Groups in the order a reader scans them. */
    enum Kind { TABLES, COLUMNS, KEYS, INDEXES, SEQUENCES }

    private CheckReport() {
    }

    static void print(MigrationPlan plan, String comparedWith, PrintWriter out) {
        out.println(plan.up().size() + " difference" + (plan.up().size() == 1 ? "" : "s")
                + " between the entities and " + comparedWith + ":");
        Map<Kind, List<Operation>> byKind = new TreeMap<>(plan.up().stream()
                .collect(Collectors.groupingBy(op -> kind(PhaseOf.of(op)))));
        byKind.forEach((kind, ops) -> {
            out.println("  " + kind.name().toLowerCase() + " (" + ops.size() + ")");
            ops.stream().limit(SHOWN_PER_KIND).forEach(op -> out.println("    " + OperationDescriber.describe(op)));
            if (ops.size() > SHOWN_PER_KIND) {
                out.println("    ... and " + (ops.size() - SHOWN_PER_KIND) + " more");
            }
        });
        out.println("Write a migration for them with: autogen revision -m \"<what changed>\"");
    }

    private static Kind kind(Phase phase) {
        return switch (phase) {
            case CREATE_TABLES, DROP_TABLES -> Kind.TABLES;
            case ADD_COLUMNS, ALTER_COLUMNS, DROP_COLUMNS -> Kind.COLUMNS;
            case DROP_FOREIGN_KEYS, DROP_UNIQUE_CONSTRAINTS, DROP_PRIMARY_KEYS, ADD_PRIMARY_KEYS,
                    ADD_UNIQUE_CONSTRAINTS, ADD_FOREIGN_KEYS -> Kind.KEYS;
            case DROP_INDEXES, CREATE_INDEXES -> Kind.INDEXES;
            case CREATE_SEQUENCES, ALTER_SEQUENCES, DROP_SEQUENCES -> Kind.SEQUENCES;
        };
    }
}
