package autogen.render;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a migration file says about itself; passed in so that renderers never read a clock. */
public record MigrationMeta(String revision, Optional<String> parent, String message, Instant created) {
    public MigrationMeta {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a migration needs a message (-m \"Add users table\")");
        }
    }
}
