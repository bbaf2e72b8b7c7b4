package autogen.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The passwords this process has been given, in any form, so that no message it prints can show one: every
 * line autogen prints about a failure goes through {@link #redact}, whatever a driver or server put in it.
 */
public final class Secrets {
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Secrets() {
    }

    /** Remembers {@code secret} (a password, as given and as decoded) for {@link #redact}. */
    public static void remember(String secret) {
        if (secret != null && !secret.isEmpty()) {
            KNOWN.add(secret);
        }
    }

    /** {@code text} with every remembered secret replaced by {@code ***}, the longest first. */
    public static String redact(String text) {
        String redacted = text;
        List<String> longestFirst = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : longestFirst) {
            redacted = redacted.replace(secret, "***");
        }
        return redacted;
    }
}
