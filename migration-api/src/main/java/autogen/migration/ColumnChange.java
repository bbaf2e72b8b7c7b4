package autogen.migration;

import autogen.migration.sql.TypeCast;
import autogen.schema.Column;
import autogen.schema.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One facet of an ALTER COLUMN: what a migration asks to change about an existing column. */
public sealed interface ColumnChange {

    /**
     * Change the column's type; {@code type} is a PostgreSQL type as format_type() spells it, {@code using} the
     * conversion expression of the USING clause when one is needed.
     */
    record SetType(String type, Optional<String> using) implements ColumnChange {
        public SetType {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(using, "using");
        }
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

    /** Change the expression of a stored generated column (PostgreSQL 17 and later). */
    record SetExpression(String expression) implements ColumnChange {
    }

    /** Turn a stored generated column into a plain one, keeping its values. */
    record DropExpression() implements ColumnChange {
    }

    /**
     * The changes that turn {@code before} into {@code after}, in the order PostgreSQL accepts them: an identity
     * and a default exclude each other, so the old one goes before the new one comes, and a default typed by
     * the old type is dropped before a type change and set again after it.
     */
    static List<ColumnChange> between(Column before, Column after) {
        List<ColumnChange> changes = new ArrayList<>();
        if (!before.generatedExpression().equals(after.generatedExpression())) {
            changes.add(after.generatedExpression().<ColumnChange>map(SetExpression::new)
                    .orElseGet(DropExpression::new));
        }
        boolean identityChanged = before.identity() != after.identity();
        if (identityChanged && before.identity() != Identity.NONE) {
            changes.add(new DropIdentity());
        }
        boolean typeChanged = !before.type().equals(after.type());
        boolean defaultChanged = !before.defaultExpression().equals(after.defaultExpression());
        // A default typed by the old type cannot always be cast: it goes before the type changes, then returns.
        boolean retype = typeChanged || defaultChanged;
        if (retype && before.defaultExpression().isPresent()) {
            changes.add(new DropDefault());
        }
        if (typeChanged) {
            changes.add(new SetType(after.type(), TypeCast.using(after.name(), before.type(), after.type())));
        }
        if (retype && after.defaultExpression().isPresent()) {
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
