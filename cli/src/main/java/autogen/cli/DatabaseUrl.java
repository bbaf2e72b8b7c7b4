package autogen.cli;

import autogen.runner.AutogenException;
import autogen.runner.ExitCodes;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A database location as users write it, either {@code jdbc:postgresql://host:port/db} or
 * {@code postgresql://user:pass@host:port/db?sslmode=require}. {@link #display()} never shows credentials.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password, String display) {

    @Override
    public String toString() {
        return display;
    }

    public static DatabaseUrl parse(String url) {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(trimmed, Optional.empty(), Optional.empty(), withoutQuery(trimmed));
        }
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) {
            return fromUri(trimmed);
        }
        throw new AutogenException(ExitCodes.BAD_INPUT, "the database URL is not a PostgreSQL URL: expected "
                + "postgresql://user:password@host:5432/db or jdbc:postgresql://host:5432/db");
    }

    private static DatabaseUrl fromUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new AutogenException(ExitCodes.BAD_INPUT, "the database URL is malformed at position "
                    + e.getIndex() + " (special characters in a password must be percent-encoded)");
        }
        if (uri.getHost() == null) {
            throw new AutogenException(ExitCodes.BAD_INPUT, "the database URL names no host");
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "" : uri.getPath().substring(1);
        String address = "//" + uri.getHost() + ":" + port + "/" + database;
        String jdbc = "jdbc:postgresql:" + address + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        return new DatabaseUrl(jdbc, user, password, "postgresql:" + address);
    }

    private static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
