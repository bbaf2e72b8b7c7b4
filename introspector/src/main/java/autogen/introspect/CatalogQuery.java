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
 * Runs one of the {@code autogen/introspect/*.sql} resources, whose single parameter is a list of names: the
 * schemas to read, or the probe tables to read back.
 */
final class CatalogQuery {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    static <T> List<T> run(Connection c, String resource, List<String> names, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(text(resource))) {
            statement.setArray(1, c.createArrayOf("text", names.toArray()));
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
