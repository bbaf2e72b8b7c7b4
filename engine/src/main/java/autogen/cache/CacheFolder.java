package autogen.cache;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where autogen keeps what it can rebuild: {@code $AUTOGEN_CACHE_DIR}, else {@code $XDG_CACHE_HOME/autogen},
 * else {@code ~/.cache/autogen}; {@code AUTOGEN_CACHE_DIR=off} keeps nothing.
 */
public final class CacheFolder {
    private CacheFolder() {
    }

    public static Optional<Path> forUser(Map<String, String> env) {
        String configured = env.get("AUTOGEN_CACHE_DIR");
        if ("off".equals(configured)) {
            return Optional.empty();
        }
        return Optional.of(configured != null ? Path.of(configured)
                : env.containsKey("XDG_CACHE_HOME") ? Path.of(env.get("XDG_CACHE_HOME"), "autogen")
                : Path.of(System.getProperty("user.home"), ".cache", "autogen"));
    }
}
