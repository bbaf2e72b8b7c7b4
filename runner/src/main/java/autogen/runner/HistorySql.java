package autogen.runner;

import autogen.migration.sql.Sql;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements the runner uses on autogen's history table, one row per step applied, reverted, stamped or
 * repaired, and on the migration lock that serialises the commands that change a database.
 */
public final class HistorySql {
    /** The history table's name; its schema is configurable ({@code history.schema}). */
    public static final String TABLE_NAME = "autogen_version";
    public static final QualifiedName DEFAULT_TABLE = new QualifiedName(QualifiedName.DEFAULT_SCHEMA, TABLE_NAME);

    /** The key of the session-level advisory lock every command that changes the database holds throughout. */
    public static final long LOCK_KEY = 7209421531L;
    static final String TRY_LOCK = "select pg_try_advisory_lock(" + LOCK_KEY + ")";
    static final String UNLOCK = "select pg_advisory_unlock(" + LOCK_KEY + ")";
    /** The session's lock and statement timeouts, read before a step sets its own and restored after it. */
    static final String TIMEOUTS = "select current_setting('lock_timeout'), current_setting('statement_timeout')";

    /** Sets the session's lock and statement timeouts, in milliseconds (0: no limit) or as read by {@link #TIMEOUTS}. */
    static String setTimeouts(String lockTimeout, String statementTimeout) {
        return "select set_config('lock_timeout', " + Sql.literal(lockTimeout) + ", false),"
                + " set_config('statement_timeout', " + Sql.literal(statementTimeout) + ", false)";
    }
    /** For the session's life: end it within a second once its client is gone (PostgreSQL 14 and later). */
    static final String CHECK_CLIENT = "set client_connection_check_interval = 1000";
    /**
     * Who holds the lock: pg_locks shows a bigint advisory key as its high half in classid and its low half in
     * objid, with objsubid 1.
     */
    static final String LOCK_HOLDER = "select a.pid, a.usename, a.application_name, host(a.client_addr),"
            + " a.backend_start from pg_locks l join pg_stat_activity a on a.pid = l.pid"
            + " where l.locktype = 'advisory' and l.granted and l.objsubid = 1"
            + " and l.classid = " + (LOCK_KEY >>> 32) + " and l.objid = " + (LOCK_KEY & 0xFFFFFFFFL)
            + " and l.database = (select oid from pg_database where datname = current_database())"
            + " order by a.backend_start limit 1";

    /**
     * How many statements of a migration that runs in parts are done: written in the transaction of each part, so
     * that an interrupted migration is taken up where it stopped. Added to a history table that lacks it.
     */
    static final String PROGRESS = "steps_done";
    private static final String PROGRESS_DEFINITION = PROGRESS + " integer not null default 0";

    /** The columns of the history table, after {@code id}, in the order the runner writes them. */
    static final List<String> COLUMNS = List.of("revision", "parents", "direction", "heads", "message", "checksum",
            "os_user", "host", "started_at", "execution_ms", "status", "autogen_version", "detail");

    private final QualifiedName table;

    HistorySql(QualifiedName table) {
        this.table = table;
    }

    QualifiedName table() {
        return table;
    }

    /** Always schema-qualified: the history table must not depend on the session's search_path. */
    private String qualified() {
        return Sql.ident(table.schema()) + "." + Sql.ident(table.name());
    }

    /** The table's kind and columns, one row per column (none when it has none), nothing when it is absent. */
    String shape() {
        return "select c.relkind::text, a.attname::text, format_type(a.atttypid, a.atttypmod)"
                + " from pg_class c left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0"
                + " and not a.attisdropped where c.oid = to_regclass(" + Sql.literal(qualified()) + ")"
                + " order by a.attnum";
    }

    /** Whether the table's schema exists: creating one that does needs a privilege the role may lack. */
    String schemaExists() {
        return "select to_regnamespace(" + Sql.literal(Sql.ident(table.schema())) + ") is not null";
    }

    String createSchema() {
        return "create schema " + Sql.ident(table.schema());
    }

    /** The schema and the table, when they are not there: what a script run by psql starts with. */
    List<String> createIfAbsent() {
        List<String> statements = new ArrayList<>();
        if (!table.schema().equals(QualifiedName.DEFAULT_SCHEMA)) {
            statements.add("create schema if not exists " + Sql.ident(table.schema()));
        }
        statements.add(create().replaceFirst("^create table ", "create table if not exists "));
        return statements;
    }

    static final String LOCK = "select pg_advisory_lock(" + LOCK_KEY + ")";

    /** A history row as one statement with its values written out, for a script. */
    String insertLiteral(HistoryRow row) {
        List<String> values = List.of(Sql.literal(row.revision()), array(row.parents()),
                Sql.literal(row.direction().sql()), array(row.heads()), Sql.literal(row.message()),
                row.checksum().map(Sql::literal).orElse("null"), row.osUser().map(Sql::literal).orElse("null"),
                row.host().map(Sql::literal).orElse("null"), "now()", Long.toString(row.executionMillis()),
                Sql.literal(row.status().sql()), Sql.literal(row.autogenVersion()),
                row.detail().map(Sql::literal).orElse("null"));
        return "insert into " + qualified() + " (" + String.join(", ", COLUMNS) + ") values (" + String.join(", ",
                values) + ")";
    }

    /**
     * Refuses to go on, in a script, unless the database is at {@code heads} (in any order): the last successful
     * row says where it is.
     */
    String requireHeads(List<String> heads) {
        String message = "this script starts at " + (heads.isEmpty() ? "base" : String.join(", ", heads))
                + " but the database is at %: run the script that starts there";
        String current = "coalesce((select heads from " + qualified() + " where status = 'success' order by id desc"
                + " limit 1), array[]::character varying(64)[])";
        String body = "\nbegin\n    if (select coalesce(array_agg(h order by h), array[]::character varying(64)[]) from"
                + " unnest(" + current + ") as h) <> " + array(heads.stream().sorted().toList()) + " then\n"
                + "        raise exception " + Sql.literal(message) + ", (select coalesce(nullif(array_to_string("
                + current + ", ', '), ''), 'base'));\n    end if;\nend\n";
        return "do " + Sql.dollarQuoted(body);
    }

    /**
     * For a script: runs {@code statements} (the transactional ones up to a migration's last guard) so that a guard
     * that refuses stops the script, and any other failure (a statement that needed a step left out) only ends the
     * rehearsal; the caller rolls it back. Guards raise {@code raise_exception}.
     */
    static String rehearsal(List<String> statements) {
        StringBuilder body = new StringBuilder("\nbegin\n");
        statements.forEach(s -> body.append("    execute ").append(Sql.literal(s)).append(";\n"));
        body.append("exception\n    when raise_exception then raise;\n    when others then null;\nend\n");
        return "do " + Sql.dollarQuoted(body.toString());
    }

    /**
     * Refuses to go on, in a script, while the history's last row is a migration that did not finish: a script
     * cannot tell which of its statements ran, and autogen's own runner takes it up where it stopped.
     */
    String requireFinished() {
        String last = "(select status from " + qualified() + " order by id desc limit 1)";
        String statuses = HistoryRow.Status.UNFINISHED.stream().map(s -> Sql.literal(s.sql()))
                .collect(Collectors.joining(", "));
        String body = "\nbegin\n    if " + last + " in (" + statuses + ") then\n"
                + "        raise exception 'a migration of this database did not finish: autogen upgrade (or"
                + " downgrade) takes it up where it stopped, then run the script that starts where that leaves"
                + " it';\n    end if;\nend\n";
        return "do " + Sql.dollarQuoted(body);
    }

    /** Closes the last row of {@code revision} a script opened as running, as {@link #finish} does. */
    String finishLiteral(String revision, HistoryRow.Status status, List<String> heads) {
        return "update " + qualified() + " set status = " + Sql.literal(status.sql()) + ", heads = " + array(heads)
                + ", detail = null" + lastRowOf(revision);
    }

    private String lastRowOf(String revision) {
        return " where id = (select max(id) from " + qualified() + " where revision = " + Sql.literal(revision) + ")";
    }

    private static String array(List<String> values) {
        return "array[" + String.join(", ", values.stream().map(Sql::literal).toList())
                + "]::character varying(64)[]";
    }

    String create() {
        return "create table " + qualified() + " (\n    id bigint generated always as identity,\n    "
                + String.join(",\n    ", definitions()) + ",\n    constraint "
                + Sql.ident(table.name() + "_pkey") + " primary key (id)\n)";
    }

    /**
     * Turns the table of autogen's first versions (one column, one row: the applied revision) into the history,
     * keeping its row as the record of that revision.
     */
    List<String> upgradeFromOneRevision() {
        List<String> additions = definitions().subList(1, definitions().size()).stream()
                .map(d -> "add column " + d).toList();
        return List.of(
                "alter table " + qualified() + " add column id bigint generated always as identity, "
                        + String.join(", ", additions),
                "update " + qualified() + " set direction = 'stamp', heads = array[revision],"
                        + " message = 'recorded before autogen kept a history', autogen_version = 'before 0.2'",
                "alter table " + qualified() + " add constraint " + Sql.ident(table.name() + "_pkey")
                        + " primary key (id)");
    }

    private static List<String> definitions() {
        return List.of(
                "revision character varying(64) not null",
                "parents character varying(64)[] not null default '{}'",
                "direction character varying(10) not null default 'upgrade'",
                "heads character varying(64)[] not null default '{}'",
                "message text not null default ''",
                "checksum character varying(64)",
                "db_user text not null default current_user",
                "os_user text",
                "host text",
                "started_at timestamp with time zone not null default now()",
                "execution_ms integer not null default 0",
                "status character varying(10) not null default 'success'",
                "autogen_version character varying(32) not null default ''",
                "detail text",
                PROGRESS_DEFINITION);
    }

    /** Every row, oldest first; a table of before {@link #PROGRESS} reads as having done none. */
    String select(boolean withProgress) {
        return "select id, revision, parents, direction, heads, message, checksum, db_user, os_user, host,"
                + " started_at, execution_ms, status, autogen_version, detail, "
                + (withProgress ? PROGRESS : "0 as " + PROGRESS) + " from " + qualified() + " order by id";
    }

    String addProgress() {
        return "alter table " + qualified() + " add column if not exists " + PROGRESS_DEFINITION;
    }

    /** Takes the statements done and the id. */
    String progress() {
        return "update " + qualified() + " set " + PROGRESS + " = ? where id = ?";
    }

    /** The same, for a script: the last row of {@code revision}, which the script opened as running. */
    String progressLiteral(String revision, int stepsDone) {
        return "update " + qualified() + " set " + PROGRESS + " = " + stepsDone + lastRowOf(revision);
    }

    /** The one-column table of autogen's first versions. */
    String selectOneRevision() {
        return "select revision from " + qualified() + " order by revision";
    }

    /** Takes the {@link #COLUMNS} as parameters, returns the new row's id. */
    String insert() {
        return "insert into " + qualified() + " (" + String.join(", ", COLUMNS) + ") values ("
                + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ") returning id";
    }

    /** Takes the status, the heads, the execution time, the detail and the id. */
    String finish() {
        return "update " + qualified() + " set status = ?, heads = ?, execution_ms = ?, detail = ? where id = ?";
    }
}
