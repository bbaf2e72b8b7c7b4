package autogen.runner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads autogen's version table, refusing one that is not autogen's (another kind of object or other columns
 * under its name) or that holds other than one revision: a guess there would run or skip the wrong migrations.
 */
final class VersionTable {
    private static final String NAME = VersionTableSql.TABLE.toString();

    private VersionTable() {
    }

    /** The applied revision; empty when the table does not exist or is empty (the database is at base). */
    static Optional<String> read(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            Map<String, String> columns = new TreeMap<>();
            Optional<String> kind = Optional.empty();
            try (ResultSet rs = st.executeQuery(VersionTableSql.SHAPE)) {
                while (rs.next()) {
                    kind = Optional.of(rs.getString(1));
                    if (rs.getString(2) != null) {
                        columns.put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            requireShape(kind.get(), columns);
            List<String> revisions = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(VersionTableSql.SELECT)) {
                while (rs.next()) {
                    revisions.add(rs.getString(1));
                }
            }
            if (revisions.size() > 1 || revisions.contains(null)) {
                throw new AutogenException(Failure.BAD_INPUT, NAME + " holds " + revisions.size()
                        + " rows (" + String.join(", ", revisions.stream().map(String::valueOf).toList())
                        + ") where autogen keeps the one applied revision: delete the rows that are wrong by hand");
            }
            return revisions.stream().findFirst();
        }
    }

    private static void requireShape(String kind, Map<String, String> columns) {
        // pg_class.relkind: r is a table, p a partitioned table.
        if (!kind.equals("r") && !kind.equals("p")) {
            throw notOurs("it is not a table");
        }
        String type = columns.get("revision");
        if (type == null) {
            throw notOurs("it has no column revision (its columns: " + String.join(", ", columns.keySet()) + ")");
        }
        if (!type.startsWith("character varying") && !type.equals("text")) {
            throw notOurs("its column revision is " + type + ", not text");
        }
    }

    private static AutogenException notOurs(String why) {
        return new AutogenException(Failure.BAD_INPUT, NAME + " is not autogen's version table: " + why
                + "; rename or drop what holds that name");
    }
}
