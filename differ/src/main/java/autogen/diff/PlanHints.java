package autogen.diff;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the user told the differ beyond the two schemas: to rename unnamed objects to the naming convention, which
 * tables and columns were renamed, how to fill columns that become NOT NULL, which rules the entities do not state
 * may be removed, whether to write lock-safe forms on tables that exist ({@code online}), and whether a serial
 * column counts as the identity column an entity declares ({@code serialAsIdentity}), and which names of keys,
 * checks and indexes count ({@code names}: by default those the target states).
 */
public record PlanHints(boolean renameToConvention, List<Rename> renames, Map<ColumnRef, String> backfills,
                        Provenance provenance, boolean online, boolean serialAsIdentity, StatedNames names) {
    /** No hints, and plain DDL: what comparing two models needs. */
    public static final PlanHints NONE = new PlanHints(false, List.of(), Map.of());

    public PlanHints {
        renames = List.copyOf(renames);
        backfills = Map.copyOf(backfills);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(names, "names");
    }

    /** Hints under which every rule the entities do not state may be removed, written as plain DDL. */
    public PlanHints(boolean renameToConvention, List<Rename> renames, Map<ColumnRef, String> backfills) {
        this(renameToConvention, renames, backfills, Provenance.ANY, false, false, StatedNames.BY_TARGET);
    }

    public PlanHints withProvenance(Provenance other) {
        return new PlanHints(renameToConvention, renames, backfills, other, online, serialAsIdentity, names);
    }

    public PlanHints withOnline(boolean lockSafe) {
        return new PlanHints(renameToConvention, renames, backfills, provenance, lockSafe, serialAsIdentity, names);
    }

    /** With {@code same}, a serial column and an identity column of the same name and type are no difference. */
    public PlanHints withSerialAsIdentity(boolean same) {
        return new PlanHints(renameToConvention, renames, backfills, provenance, online, same, names);
    }

    /** With the names of keys, checks and indexes that {@code stated} says count, instead of the target's. */
    public PlanHints withNames(StatedNames stated) {
        return new PlanHints(renameToConvention, renames, backfills, provenance, online, serialAsIdentity, stated);
    }

    public PlanHints withRenames(List<Rename> more) {
        Objects.requireNonNull(more, "more");
        return new PlanHints(renameToConvention, java.util.stream.Stream.concat(renames.stream(), more.stream())
                .toList(), backfills, provenance, online, serialAsIdentity, names);
    }
}
