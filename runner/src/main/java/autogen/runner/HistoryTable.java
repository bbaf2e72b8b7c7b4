package autogen.runner;

import autogen.runner.HistoryRow.Direction;
import autogen.runner.HistoryRow.Status;
import autogen.schema.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes autogen's history table. It recognises the one-column table of autogen's first versions and
 * turns it into the history, keeping its row, and refuses anything else under its name: a guess there would run
 * or skip the wrong migrations.
 */
final class HistoryTable {
    private static final Set<String> ONE_REVISION = Set.of("revision");

    private final Connection connection;
    private final HistorySql sql;

    HistoryTable(Connection connection, QualifiedName table) {
        this.connection = connection;
        this.sql = new HistorySql(table);
    }

    /** What is under the table's name: nothing, the first versions' table, the history without or with progress. */
    private enum Shape { ABSENT, ONE_REVISION, HISTORY_WITHOUT_PROGRESS, HISTORY }

    /** The history; empty when there is no table yet. Reads only. */
    History read() throws SQLException {
        return switch (shape()) {
            case ABSENT -> History.empty();
            case ONE_REVISION -> oneRevision();
            case HISTORY_WITHOUT_PROGRESS -> new History(rows(false));
            case HISTORY -> new History(rows(true));
        };
    }

    /**
     * Creates the table (and its schema), or turns the one-column table into the history, in one transaction;
     * a one-column table must hold one row.
     */
    void ensure() throws SQLException {
        Shape shape = shape();
        if (shape == Shape.HISTORY) {
            return;
        }
        if (shape == Shape.HISTORY_WITHOUT_PROGRESS) {
            try (Statement st = connection.createStatement()) {
                st.execute(sql.addProgress());
            }
            return;
        }
        if (shape == Shape.ONE_REVISION) {
            oneRevision();
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            if (shape == Shape.ABSENT) {
                try (ResultSet rs = st.executeQuery(sql.schemaExists())) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        st.execute(sql.createSchema());
                    }
                }
                st.execute(sql.create());
            } else {
                for (String statement : sql.upgradeFromOneRevision()) {
                    st.execute(statement);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new AutogenException(Failure.DATABASE, "cannot create the history table " + sql.table() + ": "
                    + MigrationRunner.firstLine(e.getMessage()) + "; set history.schema (AUTOGEN_HISTORY_SCHEMA,"
                    + " --history-schema) to a schema this role can create tables in", e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Shape shape() throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        Optional<String> kind = Optional.empty();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.shape())) {
            while (rs.next()) {
                kind = Optional.of(rs.getString(1));
                if (rs.getString(2) != null) {
                    columns.put(rs.getString(2), rs.getString(3));
                }
            }
        }
        if (kind.isEmpty()) {
            return Shape.ABSENT;
        }
        // pg_class.relkind: r is a table, p a partitioned table.
        if (!kind.get().equals("r") && !kind.get().equals("p")) {
            throw notOurs("it is not a table");
        }
        if (columns.keySet().equals(ONE_REVISION)) {
            return Shape.ONE_REVISION;
        }
        if (columns.keySet().containsAll(HistorySql.COLUMNS) && columns.containsKey("id")) {
            return columns.containsKey(HistorySql.PROGRESS) ? Shape.HISTORY : Shape.HISTORY_WITHOUT_PROGRESS;
        }
        throw notOurs(columns.containsKey("revision") ? "its columns are " + String.join(", ", columns.keySet())
                : "it has no column revision (its columns: " + String.join(", ", columns.keySet()) + ")");
    }

    private AutogenException notOurs(String why) {
        return new AutogenException(Failure.BAD_INPUT, sql.table() + " is not autogen's version table: " + why
                + "; rename or drop what holds that name");
    }

    /** The table of autogen's first versions: one row, the applied revision, read as a stamp of it. */
    private History oneRevision() throws SQLException {
        List<String> revisions = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.selectOneRevision())) {
            while (rs.next()) {
                revisions.add(rs.getString(1));
            }
        }
        if (revisions.size() > 1 || revisions.contains(null)) {
            throw new AutogenException(Failure.BAD_INPUT, sql.table() + " holds " + revisions.size() + " rows ("
                    + String.join(", ", revisions.stream().map(String::valueOf).toList())
                    + ") where autogen keeps the one applied revision: delete the rows that are wrong by hand");
        }
        return new History(revisions.stream().map(r -> new HistoryRow(0, r, List.of(), Direction.STAMP, List.of(r),
                "recorded before autogen kept a history", Optional.empty(), "", Optional.empty(), Optional.empty(),
                Instant.EPOCH, 0, Status.SUCCESS, "before 0.2", Optional.empty(), 0)).toList());
    }

    private List<HistoryRow> rows(boolean withProgress) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.select(withProgress))) {
            while (rs.next()) {
                rows.add(new HistoryRow(rs.getLong("id"), rs.getString("revision"), strings(rs.getArray("parents")),
                        Direction.of(rs.getString("direction")), strings(rs.getArray("heads")), rs.getString("message"),
                        Optional.ofNullable(rs.getString("checksum")), rs.getString("db_user"),
                        Optional.ofNullable(rs.getString("os_user")), Optional.ofNullable(rs.getString("host")),
                        rs.getTimestamp("started_at").toInstant(), rs.getLong("execution_ms"),
                        Status.of(rs.getString("status")), rs.getString("autogen_version"),
                        Optional.ofNullable(rs.getString("detail")), rs.getInt("steps_done")));
            }
        }
        return rows;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** A new row; its id, to finish it later when it records a step that runs outside a transaction. */
    long insert(HistoryRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql.insert())) {
            insert.setString(1, row.revision());
            insert.setArray(2, connection.createArrayOf("varchar", row.parents().toArray()));
            insert.setString(3, row.direction().sql());
            insert.setArray(4, connection.createArrayOf("varchar", row.heads().toArray()));
            insert.setString(5, row.message());
            insert.setString(6, row.checksum().orElse(null));
            insert.setString(7, row.osUser().orElse(null));
            insert.setString(8, row.host().orElse(null));
            insert.setTimestamp(9, Timestamp.from(row.startedAt()));
            insert.setLong(10, row.executionMillis());
            insert.setString(11, row.status().sql());
            insert.setString(12, row.autogenVersion());
            insert.setString(13, row.detail().orElse(null));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Records that the first {@code stepsDone} statements of the migration row {@code id} records are done. */
    void progress(long id, int stepsDone) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql.progress())) {
            update.setInt(1, stepsDone);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Records how a step that ran outside a transaction ended. */
    void finish(long id, Status status, List<String> heads, long executionMillis, Optional<String> detail)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql.finish())) {
            update.setString(1, status.sql());
            update.setArray(2, connection.createArrayOf("varchar", heads.toArray()));
            update.setLong(3, executionMillis);
            update.setString(4, detail.orElse(null));
            update.setLong(5, id);
            update.executeUpdate();
        }
    }
}
