package autogen.runner;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** dbmate's {@code schema_migrations}: one row per applied file, its version; {@code dbmate rollback} deletes it. */
public final class DbmateHistory extends TableToolHistory {
    public static final String TABLE = "schema_migrations";

    @Override
    String table() {
        return TABLE;
    }

    @Override
    List<String> createSql() {
        return List.of("create table " + TABLE + " (version varchar primary key)");
    }

    @Override
    String appliedKeysSql() {
        return "select version from " + TABLE;
    }

    @Override
    String insertSql() {
        return "insert into " + TABLE + " (version) values (?)";
    }

    @Override
    void bind(PreparedStatement insert, ToolEntry entry, long millis) throws SQLException {
        insert.setString(1, entry.key());
    }

    @Override
    String deleteSql() {
        return "delete from " + TABLE + " where version = ?";
    }
}
