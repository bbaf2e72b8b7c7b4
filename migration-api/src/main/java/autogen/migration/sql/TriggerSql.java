package autogen.migration.sql;

import static autogen.migration.sql.Sql.ident;
import static autogen.migration.sql.Sql.name;

import autogen.schema.QualifiedName;

/** The DDL of autogen's trigger functions and triggers, part of {@link StatementSql}. */
public final class TriggerSql {
    private TriggerSql() {
    }

    /**
     * The body of the function that keeps {@code column} current on every update. {@code now()} is the
     * transaction's timestamp; stored in a timestamptz it is an absolute instant, read back in UTC or any zone.
     */
    public static String updatedAtBody(String column) {
        return "\nbegin\n    new." + ident(column) + " := now();\n    return new;\nend\n";
    }

    /** CREATE OR REPLACE, so that a function another run or tool already made is simply brought up to date. */
    public static String createFunctionSql(QualifiedName function, String body) {
        return "create or replace function " + name(function) + "() returns trigger language plpgsql as "
                + Sql.dollarQuoted(body);
    }

    public static String dropFunctionSql(QualifiedName function) {
        return "drop function " + name(function) + "()";
    }

    public static String createTriggerSql(QualifiedName table, String trigger, QualifiedName function) {
        return "create trigger " + ident(trigger) + " before update on " + name(table)
                + " for each row execute function " + name(function) + "()";
    }

    public static String dropTriggerSql(QualifiedName table, String trigger) {
        return "drop trigger " + ident(trigger) + " on " + name(table);
    }
}
