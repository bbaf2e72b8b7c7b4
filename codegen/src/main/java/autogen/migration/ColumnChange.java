package autogen.migration;

import autogen.schema.Column;
import autogen.schema.Identity;
import java.util.ArrayList;
import java.util.List;

/** One facet of an ALTER COLUMN: what a migration asks to change about an existing column. */
public sealed interface ColumnChange {

    /** Change the column's type; {@code type} is a PostgreSQL type as format_type() spells it. */
    record SetType(String type) implements ColumnChange {
    }

    /** Make the column NOT NULL. */
    record SetNotNull() implements ColumnChange {
    }

    /** Allow NULL in the column. */
    record DropNotNull() implements ColumnChange {
    }

    /** Set the server default to an SQL expression. */
    record SetDefault(String expression) implements ColumnChange {
    }

    /** Remove the server default. */
    record DropDefault() implements ColumnChange {
    }

    /** Make the column an identity column. */
    record AddIdentity(Identity kind) implements ColumnChange {
    }

    /** Stop generating values as an identity column. */
    record DropIdentity() implements ColumnChange {
    }

    /**
     * The changes that turn {@code before} into {@code after}, in the order PostgreSQL accepts them: an identity
     * and a default exclude each other, so the old one goes before the new one comes.
     */
    static List<ColumnChange> between(Column before, Column after) {
        List<ColumnChange> changes = new ArrayList<>();
        boolean identityChanged = before.identity() != after.identity();
        if (identityChanged && before.identity() != Identity.NONE) {
            changes.add(new DropIdentity());
        }
        if (!before.defaultExpression().equals(after.defaultExpression()) && after.defaultExpression().isEmpty()) {
            changes.add(new DropDefault());
        }
        if (!before.type().equals(after.type())) {
            changes.add(new SetType(after.type()));
        }
        if (!before.defaultExpression().equals(after.defaultExpression()) && after.defaultExpression().isPresent()) {
            changes.add(new SetDefault(after.defaultExpression().get()));
        }
        // ADD GENERATED ... AS IDENTITY requires the column to be NOT NULL already.
        if (before.nullable() && !after.nullable()) {
            changes.add(new SetNotNull());
        }
        if (identityChanged && after.identity() != Identity.NONE) {
            changes.add(new AddIdentity(after.identity()));
        }
        if (!before.nullable() && after.nullable()) {
            changes.add(new DropNotNull());
        }
        return changes;
    }
}
