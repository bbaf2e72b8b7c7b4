package autogen.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The migrations of a folder in order, from the first (no parent) to the head; the chain must be unbroken. */
public record MigrationChain(List<LoadedMigration> ordered) {
    public MigrationChain {
        ordered = List.copyOf(ordered);
    }

    /** Orders {@code migrations} by their parent links, failing with one line on any break in the chain. */
    public static MigrationChain of(Path folder, List<LoadedMigration> migrations) {
        if (migrations.isEmpty()) {
            return new MigrationChain(List.of());
        }
        Map<String, LoadedMigration> byRevision = new HashMap<>();
        Map<String, LoadedMigration> childOf = new HashMap<>();
        List<LoadedMigration> roots = new ArrayList<>();
        for (LoadedMigration m : migrations) {
            LoadedMigration twin = byRevision.put(m.revision(), m);
            if (twin != null) {
                throw broken("revision " + m.revision() + " is declared by both " + name(twin) + " and " + name(m));
            }
        }
        for (LoadedMigration m : migrations) {
            if (m.parent().isEmpty()) {
                roots.add(m);
                continue;
            }
            String parent = m.parent().get();
            if (!byRevision.containsKey(parent)) {
                throw broken(name(m) + " follows revision " + parent + ", which no migration in " + folder + " has");
            }
            LoadedMigration sibling = childOf.put(parent, m);
            if (sibling != null) {
                throw broken(name(sibling) + " and " + name(m) + " both follow revision " + parent
                        + "; make one follow the other");
            }
        }
        if (roots.size() != 1) {
            throw broken(roots.isEmpty() ? "no migration is the first one (every file names a parent)"
                    : roots.size() + " migrations have no parent: "
                    + roots.stream().map(MigrationChain::name).sorted().collect(Collectors.joining(", ")));
        }
        List<LoadedMigration> ordered = new ArrayList<>();
        for (LoadedMigration m = roots.get(0); m != null; m = childOf.get(m.revision())) {
            ordered.add(m);
        }
        if (ordered.size() != migrations.size()) {
            throw broken("some migrations are not reachable from the first one (a cycle of parents)");
        }
        return new MigrationChain(ordered);
    }

    public Optional<LoadedMigration> head() {
        return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
    }

    /** The position of {@code revision}, where -1 stands for "base" (nothing applied). */
    public int indexOf(String revision) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).revision().equals(revision)) {
                return i;
            }
        }
        throw new AutogenException(Failure.BAD_INPUT, "no migration has revision " + revision);
    }

    /** Finds a revision by its full id or a unique prefix of it, as git does. */
    public LoadedMigration find(String revisionOrPrefix) {
        List<LoadedMigration> matches = ordered.stream()
                .filter(m -> m.revision().startsWith(revisionOrPrefix)).toList();
        if (matches.size() != 1) {
            throw new AutogenException(Failure.BAD_INPUT, matches.isEmpty()
                    ? "no migration has revision " + revisionOrPrefix
                    : "revision prefix " + revisionOrPrefix + " is ambiguous");
        }
        return matches.get(0);
    }

    private static String name(LoadedMigration m) {
        return m.file().getFileName().toString();
    }

    private static AutogenException broken(String detail) {
        return new AutogenException(Failure.BAD_INPUT, "broken migration chain: " + detail);
    }
}
