package autogen.runner;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Liquibase's {@code databasechangelog}: one row per changeset run, by id, author and file. autogen records no
 * checksum (Liquibase's is an MD5 over its own normalisation of the changeset): a row whose MD5SUM is NULL is one
 * Liquibase fills in on its next update, as after {@code clear-checksums}.
 */
public final class LiquibaseHistory extends TableToolHistory {
    public static final String TABLE = "databasechangelog";
    /** The author of every changeset autogen writes. */
    public static final String AUTHOR = "autogen";

    @Override
    String table() {
        return TABLE;
    }

    @Override
    List<String> createSql() {
        return List.of("create table " + TABLE + " (id varchar(255) not null, author varchar(255) not null,"
                + " filename varchar(255) not null, dateexecuted timestamp not null, orderexecuted integer not null,"
                + " exectype varchar(10) not null, md5sum varchar(35), description varchar(255), comments"
                + " varchar(255), tag varchar(255), liquibase varchar(20), contexts varchar(255), labels"
                + " varchar(255), deployment_id varchar(10))");
    }

    @Override
    String appliedKeysSql() {
        return "select id from " + TABLE + " where author = '" + AUTHOR + "'";
    }

    @Override
    String insertSql() {
        return "insert into " + TABLE + " (id, author, filename, dateexecuted, orderexecuted, exectype,"
                + " description, comments, liquibase, deployment_id) values (?, '" + AUTHOR + "', ?, now(),"
                + " (select coalesce(max(orderexecuted), 0) + 1 from " + TABLE + "), 'EXECUTED', ?, '', 'autogen',"
                + " to_char(now(), 'YYMMDDHH24MI'))";
    }

    @Override
    void bind(PreparedStatement insert, ToolEntry entry, long millis) throws SQLException {
        insert.setString(1, entry.key());
        insert.setString(2, entry.script());
        insert.setString(3, entry.description());
    }

    @Override
    String deleteSql() {
        return "delete from " + TABLE + " where id = ? and author = '" + AUTHOR + "'";
    }
}
