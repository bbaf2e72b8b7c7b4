package autogen.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tool's history table in the connection's current schema (where the tool puts it by default), created with the
 * tool's own definition when missing; each tool says how its rows are written.
 */
abstract class TableToolHistory implements ToolHistory {
    /** The table's name, as the tool names it. */
    abstract String table();

    /** The tool's own definition of the table and its indexes, when it is missing. */
    abstract List<String> createSql();

    /** The keys of the rows that count as applied; one column. */
    abstract String appliedKeysSql();

    /** The insert of one row; {@link #bind} fills its parameters. */
    abstract String insertSql();

    abstract void bind(PreparedStatement insert, ToolEntry entry, long millis) throws SQLException;

    /** The delete of one row by its key, the only parameter. */
    abstract String deleteSql();

    @Override
    public final Set<String> appliedKeys(Connection connection) throws SQLException {
        Set<String> keys = new TreeSet<>();
        if (!exists(connection)) {
            return keys;
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(appliedKeysSql())) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    @Override
    public final void record(Connection connection, List<ToolEntry> entries, long millis) throws SQLException {
        if (!exists(connection)) {
            try (Statement st = connection.createStatement()) {
                for (String create : createSql()) {
                    st.execute(create);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            for (ToolEntry entry : entries) {
                bind(insert, entry, millis);
                insert.executeUpdate();
            }
        }
    }

    @Override
    public final void remove(Connection connection, List<ToolEntry> entries) throws SQLException {
        if (!exists(connection)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(deleteSql())) {
            for (ToolEntry entry : entries) {
                delete.setString(1, entry.key());
                delete.executeUpdate();
            }
        }
    }

    private boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select to_regclass(?) is not null")) {
            st.setString(1, table());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
