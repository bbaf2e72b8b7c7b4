package autogen.migration.sql;

import static autogen.migration.sql.Sql.ident;
import static autogen.migration.sql.Sql.literal;
import static autogen.migration.sql.Sql.name;

import autogen.schema.QualifiedName;
import autogen.schema.Sequence;

/**
 * The SQL that turns a {@code serial} column into an identity column and back, part of {@link StatementSql}. Each is
 * one {@code DO} block that takes the table's lock first, then reads the highest value the column holds and the
 * last value the old generator gave, so that the new generator starts after both on the database it runs on, not
 * on the one the migration was written against.
 */
public final class SerialSql {
    private SerialSql() {
    }

    /** {@code sequence} is the serial column's own; it goes, and the identity starts after every value given. */
    public static String toIdentitySql(QualifiedName table, String column, QualifiedName sequence, boolean always) {
        String addIdentity = StatementSql.alterTable(table, "alter column " + ident(column) + " add generated "
                + (always ? "always" : "by default") + " as identity (start with ");
        String body = "\ndeclare\n    next_value bigint;\nbegin\n"
                + "    " + StatementSql.alterTable(table, "alter column " + ident(column) + " drop default") + ";\n"
                + "    select greatest(coalesce(max(" + ident(column) + "), 0), (select case when is_called then"
                + " last_value else last_value - 1 end from " + name(sequence) + ")) + 1\n"
                + "        into next_value from " + name(table) + ";\n"
                + "    drop sequence " + name(sequence) + ";\n"
                + "    execute " + literal(addIdentity) + " || next_value || ')';\n"
                + "end\n";
        return "do " + Sql.dollarQuoted(body);
    }

    /**
     * The identity goes and {@code sequence} comes back as the column's own ({@code OWNED BY}), set after every
     * value the identity gave, and the column's {@code nextval} default with it.
     */
    public static String toSerialSql(QualifiedName table, String column, Sequence sequence) {
        String body = "\ndeclare\n    next_value bigint;\nbegin\n"
                + "    lock table " + name(table) + " in access exclusive mode;\n"
                + "    select greatest(coalesce(max(" + ident(column) + "), 0), coalesce(pg_sequence_last_value("
                + "pg_get_serial_sequence(" + literal(name(table)) + ", " + literal(column) + ")::regclass), 0)) + 1\n"
                + "        into next_value from " + name(table) + ";\n"
                + "    " + StatementSql.alterTable(table, "alter column " + ident(column) + " drop identity") + ";\n"
                + "    " + StatementSql.createSequenceSql(sequence) + " owned by " + name(table) + "."
                + ident(column) + ";\n"
                + "    perform setval(" + literal(name(sequence.name())) + ", next_value, false);\n"
                + "    " + StatementSql.alterTable(table, "alter column " + ident(column) + " set default nextval("
                + literal(name(sequence.name())) + "::regclass)") + ";\n"
                + "end\n";
        return "do " + Sql.dollarQuoted(body);
    }

    /** {@code OWNED BY} a column, or by none. */
    public static String ownedBySql(QualifiedName sequence, java.util.Optional<Sequence.Owner> owner) {
        return "alter sequence " + name(sequence) + " owned by "
                + owner.map(o -> name(o.table()) + "." + ident(o.column())).orElse("none");
    }
}
