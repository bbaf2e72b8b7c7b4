package autogen.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a migration file says about itself: its revision, the revisions it follows (none for a first migration,
 * several for a merge), its message and time, and the fingerprints of the schema before and after it. Passed in,
 * so that renderers never read a clock.
 */
public record MigrationMeta(String revision, List<String> parents, String message, Instant created,
                            Optional<Fingerprints> fingerprints) {
    /** Hashes of the schema, as autogen compares it, before and after the migration. */
    public record Fingerprints(String before, String after) {
    }

    public MigrationMeta {
        Objects.requireNonNull(revision, "revision");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(fingerprints, "fingerprints");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a migration needs a message (-m \"Add users table\")");
        }
    }
}
