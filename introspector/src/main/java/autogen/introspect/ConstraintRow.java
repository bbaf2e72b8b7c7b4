package autogen.introspect;

import autogen.schema.CheckConstraint;
import autogen.schema.ForeignKey;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** One row of constraints.sql; only foreign keys have a referenced table, only checks an expression. */
record ConstraintRow(QualifiedName table, String name, ConstraintKind kind, List<String> columns,
                     Optional<QualifiedName> referencedTable, List<String> referencedColumns,
                     ReferentialAction onDelete, ReferentialAction onUpdate, Optional<String> checkExpression) {
    ConstraintRow {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    PrimaryKey primaryKey() {
        return new PrimaryKey(name, columns);
    }

    ForeignKey foreignKey() {
        QualifiedName referenced = referencedTable.orElseThrow(
                () -> new IllegalStateException("foreign key " + name + " on " + table + " references no table"));
        return new ForeignKey(name, columns, referenced, referencedColumns, onDelete, onUpdate);
    }

    UniqueConstraint uniqueConstraint() {
        return new UniqueConstraint(name, columns);
    }

    CheckConstraint checkConstraint() {
        return new CheckConstraint(name, checkExpression.orElseThrow(
                () -> new IllegalStateException("check constraint " + name + " on " + table + " has no expression")));
    }
}
