package autogen.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the targets users type to the migrations to run: {@code head}, {@code heads}, {@code +2} or a
 * revision for an upgrade; {@code -1}, {@code base} or a revision for a downgrade.
 */
final class Targets {
    private Targets() {
    }

    /** The migrations to apply, parents first. */
    static List<MigrationSource> upgrade(RevisionGraph graph, Set<String> applied, String target) {
        Set<String> wanted;
        if (target.equals("head")) {
            wanted = graph.ancestors(graph.singleHead("upgrade heads applies them all; autogen merge -m \"...\""
                    + " joins them").map(m -> List.of(m.revision())).orElse(List.of()));
        } else if (target.equals("heads")) {
            wanted = graph.ancestors(graph.heads());
        } else if (target.startsWith("+")) {
            List<MigrationSource> pending = pending(graph, applied, graph.ancestors(graph.heads()));
            int n = steps(target);
            if (n > pending.size()) {
                throw new AutogenException(Failure.BAD_INPUT, "cannot upgrade " + target + ": only " + pending.size()
                        + " migration(s) are pending");
            }
            return pending.subList(0, n);
        } else {
            String revision = find(graph, target, "+").revision();
            wanted = graph.ancestors(List.of(revision));
            if (applied.containsAll(wanted) && graph.descendants(revision).stream().anyMatch(applied::contains)) {
                throw new AutogenException(Failure.BAD_INPUT, "revision " + target
                        + " is older than the applied ones: use autogen downgrade " + target);
            }
        }
        return pending(graph, applied, wanted);
    }

    private static List<MigrationSource> pending(RevisionGraph graph, Set<String> applied, Set<String> wanted) {
        Set<String> todo = new TreeSet<>(wanted);
        todo.removeAll(applied);
        return graph.inOrder(todo);
    }

    /** The migrations to revert, children first. */
    static List<MigrationSource> downgrade(RevisionGraph graph, Set<String> applied, String target) {
        List<MigrationSource> newestFirst = new ArrayList<>(graph.inOrder(applied));
        Collections.reverse(newestFirst);
        if (target.equals("base")) {
            return newestFirst;
        }
        if (target.startsWith("-")) {
            int n = steps(target);
            if (n > newestFirst.size()) {
                throw new AutogenException(Failure.BAD_INPUT, "cannot downgrade " + target + ": only "
                        + newestFirst.size() + " migration(s) are applied");
            }
            return newestFirst.subList(0, n);
        }
        String revision = find(graph, target, "-").revision();
        if (!applied.contains(revision)) {
            throw new AutogenException(Failure.BAD_INPUT, "revision " + target
                    + " is not applied: use autogen upgrade " + target);
        }
        Set<String> undo = new LinkedHashSet<>(graph.descendants(revision));
        undo.retainAll(applied);
        return newestFirst.stream().filter(m -> undo.contains(m.revision())).toList();
    }

    /**
     * The revision {@code target} names; a count written without its sign ({@code downgrade 1}) is answered with
     * the likely fix.
     */
    private static MigrationSource find(RevisionGraph graph, String target, String sign) {
        // autogen's revisions are 14-digit times: a short number that is no revision is a count without its sign.
        if (target.matches("[0-9]{1,4}") && graph.get(target).isEmpty()) {
            throw new AutogenException(Failure.USAGE, "no migration has revision " + target + ": did you mean "
                    + sign + target + "?");
        }
        return graph.find(target);
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
