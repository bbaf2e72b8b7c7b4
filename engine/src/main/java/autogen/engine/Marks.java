package autogen.engine;

import autogen.diff.op.Operation;
import autogen.diff.order.Phase;
import autogen.diff.order.PhaseOf;

/**
 * The mark in front of a line of a plan, so that it reads at a glance: {@code +} adds, {@code ~} changes,
 * {@code -} removes; green, yellow and red on a terminal, plain when the output is not one or {@code NO_COLOR} is
 * set ({@code -Dautogen.colour=always} forces colour, for a terminal the JVM cannot see).
 */
final class Marks {
    private static final String RESET = "\u001B[0m";

    private Marks() {
    }

    static String of(Operation op, boolean colour) {
        Phase.Change change = PhaseOf.of(op).change();
        String mark = switch (change) {
            case ADDS -> "+";
            case CHANGES -> "~";
            case REMOVES -> "-";
        };
        if (!colour) {
            return mark;
        }
        String code = switch (change) {
            case ADDS -> "\u001B[32m";
            case CHANGES -> "\u001B[33m";
            case REMOVES -> "\u001B[31m";
        };
        return code + mark + RESET;
    }

    static boolean colour() {
        return System.getenv("NO_COLOR") == null
                && (System.console() != null || "always".equals(System.getProperty("autogen.colour")));
    }
}
