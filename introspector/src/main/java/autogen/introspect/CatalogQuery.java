package autogen.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one of the {@code autogen/introspect/*.sql} resources, whose parameters are lists of names: the schemas
 * to read, the probe tables to read back, or the schemas and names of trigger functions.
 */
final class CatalogQuery {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    /** Runs a query whose one parameter is {@code names}, as a {@code text[]}. */
    static <T> List<T> run(Connection c, String resource, List<String> names, RowMapper<T> mapper)
            throws SQLException {
        return runWithArrays(c, resource, List.of(names), mapper);
    }

    /** Runs a query whose parameters, in order, are {@code arrays}, each as a {@code text[]}. */
    static <T> List<T> runWithArrays(Connection c, String resource, List<List<String>> arrays, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(text(resource))) {
            for (int i = 0; i < arrays.size(); i++) {
                statement.setArray(i + 1, c.createArrayOf("text", arrays.get(i).toArray()));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    static String text(String resource) {
        try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource autogen/introspect/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read autogen/introspect/" + resource, e);
        }
    }
}
