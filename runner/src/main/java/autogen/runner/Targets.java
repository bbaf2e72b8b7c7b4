package autogen.runner;

/** Resolves the targets users type ({@code head}, {@code +2}, {@code -1}, {@code base}, a revision) to chain positions. */
final class Targets {
    private Targets() {
    }

    static int upgradeTarget(MigrationChain chain, int from, String target) {
        int head = chain.ordered().size() - 1;
        if (target.equals("head")) {
            return head;
        }
        if (target.startsWith("+")) {
            int to = from + steps(target);
            if (to > head) {
                throw new AutogenException(Failure.BAD_INPUT, "cannot upgrade " + target + ": only "
                        + (head - from) + " migration(s) are pending");
            }
            return to;
        }
        int to = chain.indexOf(chain.find(target).revision());
        if (to < from) {
            throw new AutogenException(Failure.BAD_INPUT, "revision " + target
                    + " is older than the applied one: use autogen downgrade " + target);
        }
        return to;
    }

    static int downgradeTarget(MigrationChain chain, int from, String target) {
        if (target.equals("base")) {
            return -1;
        }
        if (target.startsWith("-")) {
            int to = from - steps(target);
            if (to < -1) {
                throw new AutogenException(Failure.BAD_INPUT, "cannot downgrade " + target + ": only "
                        + (from + 1) + " migration(s) are applied");
            }
            return to;
        }
        int to = chain.indexOf(chain.find(target).revision());
        if (to > from) {
            throw new AutogenException(Failure.BAD_INPUT, "revision " + target
                    + " is newer than the applied one: use autogen upgrade " + target);
        }
        return to;
    }

    private static int steps(String relative) {
        try {
            int n = Integer.parseInt(relative.substring(1));
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new AutogenException(Failure.USAGE, "'" + relative + "' is not a step count like +1 or -2");
        }
    }
}
