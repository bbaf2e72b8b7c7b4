package autogen.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an upgrade or a downgrade is allowed where it runs: the environment it reads ({@code AUTOGEN_ENV} or
 * {@code ENVIRONMENT} naming production), whether destructive steps were allowed ({@code --allow-destructive} or
 * {@code ALLOW_DESTRUCTIVE_MIGRATIONS=1}), and the terminal that answers a yes-or-no question, when there is one.
 */
public record RunPolicy(Map<String, String> env, boolean allowDestructive, Optional<Predicate<String>> terminal) {
    /** The environment variables that name the environment, in the order they are read. */
    public static final String[] ENVIRONMENT_VARIABLES = {"AUTOGEN_ENV", "ENVIRONMENT"};
    /** What allows a destructive step as the flag does. */
    public static final String ALLOW_DESTRUCTIVE = "ALLOW_DESTRUCTIVE_MIGRATIONS";

    /** Nothing guarded: no production, everything allowed, nobody asked. */
    public static final RunPolicy UNGUARDED = new RunPolicy(Map.of(), true, Optional.empty());

    public RunPolicy {
        env = Map.copyOf(env);
    }

    /** Whether {@code env} allows destructive steps: {@value #ALLOW_DESTRUCTIVE} is 1 or true. */
    public static boolean destructiveAllowed(Map<String, String> env) {
        String value = env.getOrDefault(ALLOW_DESTRUCTIVE, "");
        return value.equals("1") || value.equalsIgnoreCase("true");
    }

    /**
     * The variable that says this is production, as {@code ENVIRONMENT=production}, when the first of
     * {@link #ENVIRONMENT_VARIABLES} set names one of {@code productionNames}; empty elsewhere.
     */
    public Optional<String> production(List<String> productionNames) {
        for (String variable : ENVIRONMENT_VARIABLES) {
            String value = env.getOrDefault(variable, "").trim();
            if (!value.isEmpty()) {
                return productionNames.contains(value.toLowerCase(Locale.ROOT))
                        ? Optional.of(variable + "=" + value) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
