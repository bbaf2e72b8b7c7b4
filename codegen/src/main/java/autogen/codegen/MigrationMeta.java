package autogen.codegen;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a migration file says about itself: its revision, the revisions it follows (none for a first migration,
 * several for a merge), its message and time, the fingerprints of the schema before and after it, and whether it is
 * a baseline (written from a database's schema, not from the entities), the constants of the ORDINAL enum
 * columns it records ({@code schema.table.column=A,B,C}), and the hazards a reviewer approved. Passed in, so that
 * renderers never read a clock.
 */
public record MigrationMeta(String revision, List<String> parents, String message, Instant created,
                            Optional<Fingerprints> fingerprints, boolean baseline, List<String> ordinals,
                            List<String> approved) {
    /** Hashes of the schema, as autogen compares it, before and after the migration. */
    public record Fingerprints(String before, String after) {
    }

    /** A migration written from the entities, not a baseline. */
    public MigrationMeta(String revision, List<String> parents, String message, Instant created,
                         Optional<Fingerprints> fingerprints) {
        this(revision, parents, message, created, fingerprints, false, List.of(), List.of());
    }

    /** A migration with no hazard approved. */
    public MigrationMeta(String revision, List<String> parents, String message, Instant created,
                         Optional<Fingerprints> fingerprints, boolean baseline, List<String> ordinals) {
        this(revision, parents, message, created, fingerprints, baseline, ordinals, List.of());
    }

    public MigrationMeta {
        Objects.requireNonNull(revision, "revision");
        parents = List.copyOf(parents);
        ordinals = List.copyOf(ordinals);
        approved = List.copyOf(approved);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(fingerprints, "fingerprints");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a migration needs a message (-m \"Add users table\")");
        }
    }
}
