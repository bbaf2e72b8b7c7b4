package autogen.bench;

import autogen.introspect.PostgresIntrospector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The introspector's bulk catalog queries as one psql script, parameters spelled as array literals, so that one
 * psql process can run exactly what autogen sends: the reference the issue compares introspection with.
 */
final class PsqlCatalog {
    private static final String SCHEMAS = "'{public}'::text[]";
    private static final String FN_SCHEMAS = "'{public}'::text[]";
    private static final String FN_NAMES = "'{set_updated_at}'::text[]";

    /** In PostgresIntrospector's order, each with its parameters in order. */
    private static final List<List<String>> QUERIES = List.of(
            List.of("namespaces.sql", SCHEMAS), List.of("enums.sql", SCHEMAS), List.of("tables.sql", SCHEMAS),
            List.of("columns.sql", SCHEMAS), List.of("constraints.sql", SCHEMAS), List.of("indexes.sql", SCHEMAS),
            List.of("sequences.sql", SCHEMAS), List.of("functions.sql", FN_SCHEMAS, FN_NAMES),
            List.of("triggers.sql", FN_SCHEMAS, FN_NAMES, SCHEMAS));

    private PsqlCatalog() {
    }

    static Path writeScript(Path file) throws IOException {
        StringBuilder script = new StringBuilder();
        for (List<String> query : QUERIES) {
            Deque<String> params = new ArrayDeque<>(query.subList(1, query.size()));
            String text = resource(query.get(0));
            StringBuilder bound = new StringBuilder();
            for (char ch : text.toCharArray()) {
                bound.append(ch == '?' ? params.removeFirst() : String.valueOf(ch));
            }
            if (!params.isEmpty()) {
                throw new IllegalStateException(query.get(0) + " has fewer parameters than the benchmark binds");
            }
            script.append(bound.toString().strip()).append(";\n");
        }
        return Files.writeString(file, script.toString());
    }

    /** {@code psql} running the script against the database at {@code port}, output discarded. */
    static List<String> command(Path script, int port, String database) {
        return List.of("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null",
                "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", database,
                "-f", script.toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PostgresIntrospector.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing introspector resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
