package autogen.runner;

import autogen.migration.sql.Sql;
import autogen.schema.QualifiedName;

/**
 * The statements the runner uses on autogen's own version table, which holds the one applied revision, and on
 * the migration lock that serialises the commands that change a database.
 */
public final class VersionTableSql {
    /** Where autogen records the applied revision; the introspector never reports it. */
    public static final QualifiedName TABLE = new QualifiedName("public", "autogen_version");

    /** The key of the session-level advisory lock every command that changes the database holds throughout. */
    public static final long LOCK_KEY = 7209421531L;
    public static final String TRY_LOCK = "select pg_try_advisory_lock(" + LOCK_KEY + ")";
    public static final String UNLOCK = "select pg_advisory_unlock(" + LOCK_KEY + ")";
    /**
     * Who holds the lock: pg_locks shows a bigint advisory key as its high half in classid and its low half in
     * objid, with objsubid 1.
     */
    public static final String LOCK_HOLDER = "select a.pid, a.usename, a.application_name, host(a.client_addr),"
            + " a.backend_start from pg_locks l join pg_stat_activity a on a.pid = l.pid"
            + " where l.locktype = 'advisory' and l.granted and l.objsubid = 1"
            + " and l.classid = " + (LOCK_KEY >>> 32) + " and l.objid = " + (LOCK_KEY & 0xFFFFFFFFL)
            + " and l.database = (select oid from pg_database where datname = current_database())"
            + " order by a.backend_start limit 1";

    /** The version table's kind and columns, one row per column (none when it has none), nothing when it is absent. */
    public static final String SHAPE = "select c.relkind::text, a.attname::text, format_type(a.atttypid, a.atttypmod)"
            + " from pg_class c left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
            + " where c.oid = to_regclass(" + Sql.literal(TABLE.toString()) + ") order by a.attnum";
    public static final String CREATE = "create table if not exists " + Sql.name(TABLE)
            + " (revision character varying(64) not null)";
    public static final String SELECT = "select revision from " + Sql.name(TABLE) + " order by revision";
    public static final String DELETE = "delete from " + Sql.name(TABLE);
    /** Takes the revision as its one parameter. */
    public static final String INSERT = "insert into " + Sql.name(TABLE) + " (revision) values (?)";

    private VersionTableSql() {
    }
}
