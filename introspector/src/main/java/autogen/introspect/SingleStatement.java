package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Refuses SQL fragments from the model (types, defaults, checks, generation expressions) that hold a
 * semicolon outside quotes: the probes send fragments together in one multi-statement string inside a
 * rolled-back transaction, and such a fragment could end that statement and run another, outside it.
 */
final class SingleStatement {
    private SingleStatement() {
    }

    static void require(Schema target) {
        for (Table table : target.tables()) {
            for (Column column : table.columns()) {
                // What to call the fragment is only worked out for the one that fails: a large model has many.
                check(column.type(), () -> part(table, column, "type"));
                column.defaultExpression().ifPresent(d -> check(d, () -> part(table, column, "default")));
                column.generatedExpression().ifPresent(g -> check(g, () -> part(table, column, "generated")));
            }
            for (CheckConstraint constraint : table.checks()) {
                check(constraint.expression(), () -> table.name() + " check " + constraint.name());
            }
        }
    }

    private static String part(Table table, Column column, String kind) {
        return new TargetNormalizer.ColumnOwner(table.name(), column.name()) + " (" + kind + ")";
    }

    private static void check(String fragment, Supplier<String> what) {
        if (fragment.indexOf(';') < 0) {
            return;
        }
        unquotedSemicolon(fragment).ifPresent(at -> {
            throw new TargetRejectedException("PostgreSQL rejects " + what.get() + ": \"" + fragment
                    + "\" holds a ';' outside quotes at position " + at + "; an expression is one statement");
        });
    }

    /** The position of the first semicolon that is not inside '...' or "..." (doubled quotes escape). */
    static Optional<Integer> unquotedSemicolon(String sql) {
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    boolean doubled = i + 1 < sql.length() && sql.charAt(i + 1) == quote;
                    i += doubled ? 1 : 0;
                    quote = doubled ? quote : 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == ';') {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
