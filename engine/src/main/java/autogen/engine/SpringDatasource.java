package autogen.engine;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a Spring Boot application connects to, as Spring Boot finds it: {@code spring.datasource.url},
 * {@code .username} and {@code .password} from the environment ({@code SPRING_DATASOURCE_URL} and the like) over
 * the application's settings files, with their {@code ${NAME}} and {@code ${NAME:default}} placeholders filled from
 * the environment or the other settings. A URL of another database (H2 in a development profile, say) is not one
 * autogen can compare with, and is left out.
 */
final class SpringDatasource {
    private static final String PREFIX = "spring.datasource.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    private SpringDatasource() {
    }

    /** The application's PostgreSQL database, when its settings name one. */
    static Optional<DatabaseUrl> of(Map<String, String> application, Map<String, String> env) {
        Optional<String> url = setting("url", application, env);
        if (url.isEmpty() || !url.get().startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url.get());
        Optional<String> password = setting("password", application, env).or(parsed::password);
        password.ifPresent(Secrets::remember);
        return Optional.of(new DatabaseUrl(parsed.jdbcUrl(), setting("username", application, env).or(parsed::user),
                password, parsed.display() + " (spring.datasource.url)"));
    }

    /** {@code spring.datasource.<name>}: its environment variable first, as Spring Boot's relaxed binding has it. */
    private static Optional<String> setting(String name, Map<String, String> application, Map<String, String> env) {
        String key = PREFIX + name;
        return Optional.ofNullable(env.get(variable(key))).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(application.get(key)).map(v -> filled(key, v.trim(), application, env)))
                .filter(v -> !v.isBlank());
    }

    private static String filled(String key, String value, Map<String, String> application, Map<String, String> env) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).trim();
            String replacement = Optional.ofNullable(env.get(name))
                    .or(() -> Optional.ofNullable(env.get(variable(name))))
                    .or(() -> Optional.ofNullable(application.get(name)))
                    .or(() -> Optional.ofNullable(m.group(2)))
                    .orElseThrow(() -> new AutogenException(Failure.BAD_INPUT, key + " in the application's settings"
                            + " needs ${" + name + "}, which is not set: set " + variable(name) + ", or give autogen"
                            + " the database with DATABASE_URL or --db"));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The environment variable Spring Boot binds to {@code key}: spring.datasource.url is SPRING_DATASOURCE_URL. */
    private static String variable(String key) {
        return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
