package autogen.rehearse;

import autogen.migration.NameText;
import autogen.rehearse.RehearsalReport.TableData;
import autogen.schema.Column;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every table's rows hashed before the upgrade, kept on the copy in a schema of their own, and compared with the
 * same tables after the downgrade, row by row through the primary key: the count of rows that differ, computed by
 * the server, so a table of any size costs no memory here. A column the metadata trigger rewrites on every update
 * ({@code updated_at}) is left out: a backfill would otherwise differ on every row it touched.
 */
final class RowHashes {
    private final List<Table> tables;
    private final Set<String> ignoredColumns;

    RowHashes(List<Table> tables, Set<String> ignoredColumns) {
        this.tables = List.copyOf(tables);
        this.ignoredColumns = Set.copyOf(ignoredColumns);
    }

    void record(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(RehearsalSql.DROP_HASH_SCHEMA);
            st.execute(RehearsalSql.CREATE_HASH_SCHEMA);
            for (int i = 0; i < tables.size(); i++) {
                st.execute(RehearsalSql.recordHashes(i, tables.get(i), compared(tables.get(i))));
            }
        }
    }

    /** Each table compared with its hashes; {@code declared} says what the migrations declared of each. */
    List<TableData> compare(Connection c, Map<String, List<String>> declared) {
        List<TableData> data = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            String name = NameText.of(table.name());
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(RehearsalSql.differingRows(i, table, compared(table)))) {
                rs.next();
                long differing = rs.getLong(1);
                data.add(new TableData(name, rs.getLong(2), differing, differing == 0 ? Optional.empty()
                        : DeclaredChanges.of(declared, name), Optional.empty()));
            } catch (SQLException e) {
                data.add(new TableData(name, 0, 0, DeclaredChanges.of(declared, name),
                        Optional.of(Measurements.firstLine(e.getMessage()))));
            }
        }
        return data;
    }

    void drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(RehearsalSql.DROP_HASH_SCHEMA);
        }
    }

    private List<String> compared(Table table) {
        return table.columns().stream().map(Column::name).filter(c -> !ignoredColumns.contains(c)).toList();
    }
}
