package autogen.runner;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The migrations of a folder as a graph of revisions, each following its parents, as Alembic keeps them: one
 * line of history, or branches that two migrations on the same parent start and a merge migration joins.
 * Built once from the sources and read only; every order it gives is deterministic.
 */
public final class RevisionGraph {
    private final Map<String, MigrationSource> byRevision;
    private final Map<String, List<String>> children;
    private final List<MigrationSource> ordered;

    private RevisionGraph(Map<String, MigrationSource> byRevision, List<MigrationSource> ordered) {
        this.byRevision = byRevision;
        this.ordered = List.copyOf(ordered);
        this.children = new HashMap<>();
        for (MigrationSource m : ordered) {
            m.parents().forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(m.revision()));
        }
    }

    /** The graph of {@code sources}; one line of failure for a revision declared twice, a missing parent, a cycle. */
    public static RevisionGraph of(Path folder, Collection<? extends MigrationSource> sources) {
        Map<String, MigrationSource> byRevision = new TreeMap<>();
        for (MigrationSource m : sources) {
            MigrationSource twin = byRevision.put(m.revision(), m);
            if (twin != null) {
                throw broken("revision " + m.revision() + " is declared by both " + twin.name() + " and " + m.name());
            }
        }
        for (MigrationSource m : byRevision.values()) {
            for (String parent : m.parents()) {
                if (!byRevision.containsKey(parent)) {
                    throw broken(m.name() + " follows revision " + parent + ", which no migration in " + folder
                            + " has");
                }
            }
        }
        return new RevisionGraph(byRevision, topological(byRevision));
    }

    /** Parents before children; among revisions ready at once, the smaller revision first. */
    private static List<MigrationSource> topological(Map<String, MigrationSource> byRevision) {
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        TreeSet<String> ready = new TreeSet<>();
        for (MigrationSource m : byRevision.values()) {
            Set<String> parents = new LinkedHashSet<>(m.parents());
            waitingOn.put(m.revision(), parents.size());
            parents.forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(m.revision()));
            if (parents.isEmpty()) {
                ready.add(m.revision());
            }
        }
        List<MigrationSource> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            ordered.add(byRevision.get(next));
            for (String child : children.getOrDefault(next, List.of())) {
                if (waitingOn.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (ordered.size() != byRevision.size()) {
            Set<String> inCycle = new TreeSet<>(byRevision.keySet());
            ordered.forEach(m -> inCycle.remove(m.revision()));
            throw broken("the parents of " + String.join(", ", inCycle) + " form a cycle");
        }
        return ordered;
    }

    /** Every migration, parents before children. */
    public List<MigrationSource> ordered() {
        return ordered;
    }

    public boolean isEmpty() {
        return ordered.isEmpty();
    }

    public Optional<MigrationSource> get(String revision) {
        return Optional.ofNullable(byRevision.get(revision));
    }

    public boolean contains(String revision) {
        return byRevision.containsKey(revision);
    }

    /** The revisions no migration follows, sorted: one for a single line of history. */
    public List<String> heads() {
        return headsOf(byRevision.keySet());
    }

    /** The revisions of {@code applied} that no other revision of it follows: where a database with those is. */
    public List<String> headsOf(Set<String> applied) {
        return applied.stream()
                .filter(r -> children.getOrDefault(r, List.of()).stream().noneMatch(applied::contains))
                .sorted().toList();
    }

    /** {@code revisions} and every revision they follow, directly or not. */
    /**
     * What is applied at {@code target}: nothing at {@code base}, else the revision ({@code head}: the one head,
     * {@code heads}: all of them; a revision or a unique prefix) and its ancestors. {@code severalHeads} says what to
     * do when {@code head} is asked of several.
     */
    public Set<String> appliedAt(String target, String severalHeads) {
        return switch (target) {
            case "base" -> Set.of();
            case "head" -> ancestors(singleHead(severalHeads).map(m -> List.of(m.revision())).orElse(List.of()));
            case "heads" -> ancestors(heads());
            default -> ancestors(List.of(find(target).revision()));
        };
    }

    public Set<String> ancestors(Collection<String> revisions) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(revisions);
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (seen.add(r)) {
                get(r).ifPresent(m -> todo.addAll(m.parents()));
            }
        }
        return seen;
    }

    /** The revisions that follow {@code revision}, directly or not, without it. */
    public Set<String> descendants(String revision) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(children.getOrDefault(revision, List.of()));
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (seen.add(r)) {
                todo.addAll(children.getOrDefault(r, List.of()));
            }
        }
        return seen;
    }

    /** A migration as {@code history} lists it, with the marks of where it stands in the graph. */
    public record Entry(MigrationSource source, boolean head, boolean mergepoint, boolean branchpoint) {
    }

    /** The migrations newest first, each marked: a head, a merge of several parents, a parent of several. */
    public List<Entry> history() {
        List<String> heads = heads();
        List<Entry> entries = new ArrayList<>();
        for (MigrationSource m : ordered()) {
            entries.add(new Entry(m, heads.contains(m.revision()), m.parents().size() > 1,
                    childrenOf(m.revision()).size() > 1));
        }
        Collections.reverse(entries);
        return entries;
    }

    /** The revisions that follow {@code revision} directly. */
    public List<String> childrenOf(String revision) {
        return children.getOrDefault(revision, List.of()).stream().sorted().toList();
    }

    /** {@code revisions} in the graph's order, parents first. */
    public List<MigrationSource> inOrder(Set<String> revisions) {
        return ordered.stream().filter(m -> revisions.contains(m.revision())).toList();
    }

    /** Finds a revision by its full id or a unique prefix of it, as git does. */
    public MigrationSource find(String revisionOrPrefix) {
        List<MigrationSource> matches = ordered.stream()
                .filter(m -> m.revision().startsWith(revisionOrPrefix)).toList();
        if (matches.size() != 1) {
            throw new AutogenException(Failure.BAD_INPUT, matches.isEmpty()
                    ? "no migration has revision " + revisionOrPrefix
                    : "revision prefix " + revisionOrPrefix + " is ambiguous: " + matches.stream()
                    .map(MigrationSource::revision).collect(Collectors.joining(", ")));
        }
        return matches.get(0);
    }

    /** The one head; refused, naming them and what to do, when the history has branched. */
    public Optional<MigrationSource> singleHead(String doing) {
        List<String> heads = heads();
        if (heads.size() > 1) {
            throw new AutogenException(Failure.BAD_INPUT, "the migrations have " + heads.size() + " heads ("
                    + describe(heads) + "): " + doing);
        }
        return heads.stream().findFirst().map(byRevision::get);
    }

    /** "20260101000000 (add_users.java), 20260102000000 (add_posts.java)". */
    public String describe(Collection<String> revisions) {
        return revisions.stream().map(r -> r + get(r).map(m -> " (" + m.name() + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }

    private static AutogenException broken(String detail) {
        return new AutogenException(Failure.BAD_INPUT, "broken migration graph: " + detail);
    }
}
