package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Refuses SQL fragments from the model (types, defaults, checks, generation expressions) that would reach outside
 * their place in a probe statement ({@link SqlFragment}). The probes write fragments into statements run in a
 * transaction that is rolled back; a fragment that ended its statement could run another, and one that closed
 * its parenthesis could change the statement it is in.
 */
final class ContainedFragments {
    private ContainedFragments() {
    }

    static void require(Schema target) {
        // A large model repeats the same few types and defaults: each distinct text is read once.
        Set<String> contained = new HashSet<>();
        for (Table table : target.tables()) {
            for (Column column : table.columns()) {
                checkColumn(table, column, "type", column.type(), contained);
                column.defaultExpression().ifPresent(d -> checkColumn(table, column, "default", d, contained));
                column.generatedExpression().ifPresent(g -> checkColumn(table, column, "generated", g, contained));
            }
            for (CheckConstraint constraint : table.checks()) {
                check(constraint.expression(), contained, () -> table.name() + " check " + constraint.name());
            }
        }
    }

    private static void checkColumn(Table table, Column column, String kind, String fragment, Set<String> contained) {
        check(fragment, contained,
                () -> new TargetNormalizer.ColumnOwner(table.name(), column.name()) + " (" + kind + ")");
    }

    /** What to call a fragment is only worked out for one that is refused. */
    private static void check(String fragment, Set<String> contained, Supplier<String> what) {
        if (contained.contains(fragment)) {
            return;
        }
        Optional<String> escape = SqlFragment.escape(fragment);
        if (escape.isPresent()) {
            // On one line, as every refusal is: a line break in the fragment is shown as \n.
            String shown = fragment.replace("\r", "\\r").replace("\n", "\\n");
            throw new TargetRejectedException(what.get() + ": \"" + shown + "\" is not one SQL expression: it "
                    + escape.get());
        }
        contained.add(fragment);
    }
}
