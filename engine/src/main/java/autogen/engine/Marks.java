package autogen.engine;

import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.diff.order.Phase;
import autogen.diff.order.PhaseOf;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mark in front of a line of a plan, so that it reads at a glance: {@code +} adds, {@code ~} changes,
 * {@code -} removes; green, yellow and red on a terminal, plain when the output is not one or {@code NO_COLOR} is
 * set ({@code -Dautogen.colour=always} forces colour, for a terminal the JVM cannot see). A step's hazards are
 * coloured alike: red when one needs consent ({@code --allow-data-loss}), yellow otherwise.
 */
final class Marks {
    private static final String RESET = "\u001B[0m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RED = "\u001B[31m";

    private Marks() {
    }

    static String of(Operation op, boolean colour) {
        Phase.Change change = PhaseOf.change(op);
        String mark = switch (change) {
            case ADDS -> "+";
            case CHANGES -> "~";
            case REMOVES -> "-";
        };
        String code = switch (change) {
            case ADDS -> GREEN;
            case CHANGES -> YELLOW;
            case REMOVES -> RED;
        };
        return painted(mark, code, colour);
    }

    /** {@code [DELETES_DATA, WEAKENS_SCHEMA]}, or nothing for no hazard. */
    static String hazards(Set<Hazard> hazards, boolean colour) {
        if (hazards.isEmpty()) {
            return "";
        }
        String codes = hazards.stream().map(Hazard::name).collect(Collectors.joining(", ", "[", "]"));
        return painted(codes, hazards.stream().anyMatch(Hazard::needsConsent) ? RED : YELLOW, colour);
    }

    static boolean colour() {
        return System.getenv("NO_COLOR") == null
                && (System.console() != null || "always".equals(System.getProperty("autogen.colour")));
    }

    private static String painted(String text, String code, boolean colour) {
        return colour ? code + text + RESET : text;
    }
}
