package autogen.runner;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Flyway's {@code flyway_schema_history}, as Flyway's PostgreSQL support creates it: one row per versioned script
 * applied, with the CRC32 checksum Flyway computes over its lines, so that {@code flyway validate} agrees. A script
 * reverted by autogen loses its row, as if never applied: Flyway's community edition has no undo to record.
 */
public final class FlywayHistory extends TableToolHistory {
    public static final String TABLE = "flyway_schema_history";

    @Override
    String table() {
        return TABLE;
    }

    @Override
    List<String> createSql() {
        return List.of("create table " + TABLE + " (installed_rank integer not null, version varchar(50),"
                + " description varchar(200) not null, type varchar(20) not null, script varchar(1000) not null,"
                + " checksum integer, installed_by varchar(100) not null, installed_on timestamp not null default"
                + " now(), execution_time integer not null, success boolean not null, constraint " + TABLE
                + "_pk primary key (installed_rank))", "create index " + TABLE + "_s_idx on " + TABLE + " (success)");
    }

    @Override
    String appliedKeysSql() {
        return "select version from " + TABLE + " where success and type = 'SQL' and version is not null";
    }

    @Override
    String insertSql() {
        return "insert into " + TABLE + " (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) values ((select coalesce(max(installed_rank), 0) + 1 from "
                + TABLE + "), ?, ?, 'SQL', ?, ?, current_user, ?, true)";
    }

    @Override
    void bind(PreparedStatement insert, ToolEntry entry, long millis) throws SQLException {
        insert.setString(1, entry.key());
        insert.setString(2, entry.description());
        insert.setString(3, entry.script());
        if (entry.checksum().isPresent()) {
            insert.setInt(4, entry.checksum().getAsInt());
        } else {
            insert.setNull(4, Types.INTEGER);
        }
        insert.setInt(5, (int) Math.min(Integer.MAX_VALUE, millis));
    }

    @Override
    String deleteSql() {
        return "delete from " + TABLE + " where version = ? and type = 'SQL'";
    }
}
