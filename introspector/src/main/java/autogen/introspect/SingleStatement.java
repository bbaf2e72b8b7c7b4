package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.Optional;

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
                checkColumn(table, column, "type", column.type());
                checkColumn(table, column, "default", column.defaultExpression().orElse(""));
                checkColumn(table, column, "generated", column.generatedExpression().orElse(""));
            }
            for (CheckConstraint constraint : table.checks()) {
                if (constraint.expression().indexOf(';') >= 0) {
                    check(constraint.expression(), table.name() + " check " + constraint.name());
                }
            }
        }
    }

    // What to call a fragment is only worked out for one holding a semicolon: a large model has many.
    private static void checkColumn(Table table, Column column, String kind, String fragment) {
        if (fragment.indexOf(';') >= 0) {
            check(fragment, new TargetNormalizer.ColumnOwner(table.name(), column.name()) + " (" + kind + ")");
        }
    }

    private static void check(String fragment, String what) {
        unquotedSemicolon(fragment).ifPresent(at -> {
            throw new TargetRejectedException("PostgreSQL rejects " + what + ": \"" + fragment
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
