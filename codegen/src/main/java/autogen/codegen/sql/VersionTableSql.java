package autogen.codegen.sql;

import autogen.schema.QualifiedName;

/** The statements the runner uses on autogen's own version table, which holds the one applied revision. */
public final class VersionTableSql {
    /** Where autogen records the applied revision; the introspector never reports it. */
    public static final QualifiedName TABLE = new QualifiedName("public", "autogen_version");

    /** Serialises concurrent runners on one database: a transaction-scoped advisory lock. */
    public static final String LOCK = "select pg_advisory_xact_lock(7209421531)";
    public static final String EXISTS = "select to_regclass(" + Sql.literal(TABLE.toString()) + ") is not null";
    public static final String CREATE = "create table if not exists " + Sql.name(TABLE)
            + " (revision character varying(64) not null)";
    public static final String SELECT = "select revision from " + Sql.name(TABLE);
    public static final String DELETE = "delete from " + Sql.name(TABLE);
    /** Takes the revision as its one parameter. */
    public static final String INSERT = "insert into " + Sql.name(TABLE) + " (revision) values (?)";

    private VersionTableSql() {
    }
}
