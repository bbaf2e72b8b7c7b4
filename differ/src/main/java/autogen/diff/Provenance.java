package autogen.diff;

import autogen.diff.op.Operation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which rules of the current schema autogen's own migrations made, and which of the others the user allows removed.
 * A rule that the entities do not state is removed only if autogen made it (the entities stated it once and no
 * longer do) or the user asked; a rule another tool or a baseline made, which the entities merely never mention, is
 * kept and reported.
 */
public record Provenance(Supplier<Set<ObjectKey>> madeByAutogen, Set<ObjectKey.Kind> dropKinds,
                         Set<String> dropNames) {
    /** Every rule may go: what comparisons of two models of autogen's own use. */
    public static final Provenance ANY = new Provenance(Set::of, Set.of(ObjectKey.Kind.values()), Set.of());

    /**
     * {@code madeByAutogen} is asked only when a plan would remove a rule the entities do not state: finding out
     * runs every migration, which a plan without such a removal does not need.
     */
    public Provenance {
        Objects.requireNonNull(madeByAutogen, "madeByAutogen");
        dropKinds = Set.copyOf(dropKinds);
        dropNames = Set.copyOf(dropNames);
    }

    /** The names in {@code dropNames} that no removal of {@code plan} matches: most likely misspelt. */
    public List<String> unmatchedNames(MigrationPlan plan) {
        if (dropNames.isEmpty()) {
            return List.of();
        }
        Set<String> matched = new HashSet<>();
        for (Operation op : plan.up()) {
            for (ObjectKey key : Unstated.removedKeys(op)) {
                matched.add(key.objectText());
                matched.add(key.kind().spelling() + ":" + key.objectText());
            }
        }
        return dropNames.stream().filter(n -> !matched.contains(n)).sorted().toList();
    }

    /**
     * Whether a plan may remove {@code key} though the entities do not state it. {@code dropNames} name objects as
     * {@code index:ix_users_email}, {@code not-null:users.email}, or without the kind.
     */
    public boolean mayRemove(ObjectKey key) {
        return dropKinds.contains(key.kind()) || dropNames.contains(key.objectText())
                || dropNames.contains(key.kind().spelling() + ":" + key.objectText())
                || madeByAutogen.get().contains(key);
    }
}
