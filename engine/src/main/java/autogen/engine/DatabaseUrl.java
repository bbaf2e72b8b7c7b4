package autogen.engine;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A database location as users write it, {@code postgresql://user:pass@host:5432/db?sslmode=require} or
 * {@code jdbc:postgresql://host:5432/db?user=...&password=...} (a user and password before the host are understood
 * in both). The user and password travel to the driver as properties, never in the URL it is given, and every
 * password is remembered by {@link Secrets} so no message can show it. {@link #display()} shows the hosts, ports
 * and database only. Nothing in a refusal quotes the URL.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password, String display) {
    private static final int DEFAULT_PORT = 5432;

    @Override
    public String toString() {
        return display;
    }

    public static DatabaseUrl parse(String url) {
        String trimmed = url.trim();
        String rest;
        if (trimmed.startsWith("jdbc:postgresql://")) {
            rest = trimmed.substring("jdbc:postgresql://".length());
        } else if (trimmed.startsWith("jdbc:postgresql:")) {
            // The driver's short form, jdbc:postgresql:db, means the default host and port.
            rest = "localhost/" + trimmed.substring("jdbc:postgresql:".length());
        } else if (trimmed.startsWith("postgresql://")) {
            rest = trimmed.substring("postgresql://".length());
        } else if (trimmed.startsWith("postgres://")) {
            rest = trimmed.substring("postgres://".length());
        } else {
            throw refused("it is not a PostgreSQL URL: expected postgresql://user:password@host:5432/db or "
                    + "jdbc:postgresql://host:5432/db");
        }
        // A password may hold '/', '?' or '@' (a user's password, unencoded): the last '@' ends the user part.
        int at = rest.lastIndexOf('@');
        Optional<String> userInfo = at < 0 ? Optional.empty() : Optional.of(rest.substring(0, at));
        userInfo.filter(info -> info.contains(":"))
                .ifPresent(info -> Secrets.remember(info.substring(info.indexOf(':') + 1)));
        String afterUser = rest.substring(at + 1);
        int queryAt = afterUser.indexOf('?');
        String query = queryAt < 0 ? "" : afterUser.substring(queryAt + 1);
        String address = queryAt < 0 ? afterUser : afterUser.substring(0, queryAt);
        int slash = address.indexOf('/');
        String hostList = slash < 0 ? address : address.substring(0, slash);
        String database = slash < 0 ? "" : address.substring(slash + 1);
        if (database.contains(";")) {
            throw refused("the database name holds ';': properties go after '?', as in ?user=app&password=...");
        }
        List<String> hosts = hosts(hostList);

        Optional<String> user = userInfo.map(info -> decode(info.split(":", 2)[0]));
        Optional<String> password = userInfo.filter(info -> info.contains(":"))
                .map(info -> decode(info.substring(info.indexOf(':') + 1)));
        List<String> passOn = new ArrayList<>();
        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
            String key = parameter.split("=", 2)[0];
            String value = parameter.contains("=") ? decode(parameter.substring(parameter.indexOf('=') + 1)) : "";
            switch (key.toLowerCase(Locale.ROOT)) {
                case "password" -> {
                    Secrets.remember(parameter.substring(key.length()));
                    password = Optional.of(value);
                }
                case "user" -> user = Optional.of(value);
                default -> passOn.add(parameter);
            }
        }
        password.ifPresent(Secrets::remember);
        String location = String.join(",", hosts) + "/" + database;
        String jdbc = "jdbc:postgresql://" + location + (passOn.isEmpty() ? "" : "?" + String.join("&", passOn));
        return new DatabaseUrl(jdbc, user, password, "postgresql://" + location);
    }

    /** Each {@code host[:port]} of a comma-separated list, with the port checked and made explicit. */
    private static List<String> hosts(String hostList) {
        List<String> hosts = new ArrayList<>();
        for (String entry : hostList.split(",", -1)) {
            // An IPv6 address is written in brackets: [::1]:5432.
            int portAt = entry.startsWith("[") ? entry.indexOf(':', Math.max(entry.indexOf(']'), 0))
                    : entry.lastIndexOf(':');
            String host = portAt < 0 ? entry : entry.substring(0, portAt);
            if (host.isEmpty() || host.equals("[]")) {
                throw refused("it names no host: expected postgresql://host:5432/db");
            }
            hosts.add(host + ":" + (portAt < 0 ? DEFAULT_PORT : port(entry.substring(portAt + 1))));
        }
        return hosts;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // Refused below, with the same words.
        }
        throw refused("its port '" + text + "' is not a number from 1 to 65535");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused("a '%' in it is not followed by two hex digits (percent-encode special characters in a "
                    + "user or password, e.g. %40 for @)");
        }
    }

    private static AutogenException refused(String why) {
        return new AutogenException(Failure.BAD_INPUT, "the database URL cannot be used: " + why);
    }
}
