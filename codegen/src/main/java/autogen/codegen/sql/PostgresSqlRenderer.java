package autogen.codegen.sql;

import static autogen.codegen.sql.Sql.ident;
import static autogen.codegen.sql.Sql.idents;
import static autogen.codegen.sql.Sql.name;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.AlterSequence;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropSequence;
import autogen.diff.op.DropTable;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.OperationVisitor;
import autogen.migration.ColumnChange;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders operations as PostgreSQL DDL: the only place DDL text is written. The visitor renders the
 * differ's operations; the statement methods below it serve the runtime API that migration files call.
 */
public final class PostgresSqlRenderer implements OperationVisitor<String> {

    @Override
    public String createTable(CreateTable op) {
        return createTableSql(op.table());
    }

    @Override
    public String dropTable(DropTable op) {
        return dropTableSql(op.table().name());
    }

    @Override
    public String addColumn(AddColumn op) {
        return addColumnSql(op.table(), op.column());
    }

    @Override
    public String dropColumn(DropColumn op) {
        return dropColumnSql(op.table(), op.column().name());
    }

    @Override
    public String alterColumn(AlterColumn op) {
        return alterColumnSql(op.table(), op.after().name(), ColumnChange.between(op.before(), op.after()));
    }

    @Override
    public String addPrimaryKey(AddPrimaryKey op) {
        return addPrimaryKeySql(op.table(), op.primaryKey());
    }

    @Override
    public String dropPrimaryKey(DropPrimaryKey op) {
        return dropConstraintSql(op.table(), op.primaryKey().name());
    }

    @Override
    public String addForeignKey(AddForeignKey op) {
        return addForeignKeySql(op.table(), op.foreignKey());
    }

    @Override
    public String dropForeignKey(DropForeignKey op) {
        return dropConstraintSql(op.table(), op.foreignKey().name());
    }

    @Override
    public String addUniqueConstraint(AddUniqueConstraint op) {
        return addUniqueConstraintSql(op.table(), op.constraint());
    }

    @Override
    public String dropUniqueConstraint(DropUniqueConstraint op) {
        return dropConstraintSql(op.table(), op.constraint().name());
    }

    @Override
    public String createIndex(CreateIndex op) {
        return createIndexSql(op.table(), op.index());
    }

    @Override
    public String dropIndex(DropIndex op) {
        return dropIndexSql(new QualifiedName(op.table().schema(), op.index().name()));
    }

    @Override
    public String createSequence(CreateSequence op) {
        return createSequenceSql(op.sequence());
    }

    @Override
    public String dropSequence(DropSequence op) {
        return dropSequenceSql(op.sequence().name());
    }

    @Override
    public String alterSequence(AlterSequence op) {
        return alterSequenceSql(op.after());
    }

    // Statement methods: each takes just what its statement needs.

    public String createTableSql(Table table) {
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(columnDefinition(c)));
        table.primaryKey().ifPresent(pk -> lines.add(primaryKeyClause(pk)));
        table.uniqueConstraints().forEach(u -> lines.add(uniqueClause(u)));
        table.foreignKeys().forEach(fk -> lines.add("constraint " + ident(fk.name()) + " " + foreignKeyClause(fk)));
        return "create table " + name(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)";
    }

    public String dropTableSql(QualifiedName table) {
        return "drop table " + name(table);
    }

    public String addColumnSql(QualifiedName table, Column column) {
        return alterTable(table, "add column " + columnDefinition(column));
    }

    public String dropColumnSql(QualifiedName table, String column) {
        return alterTable(table, "drop column " + ident(column));
    }

    public String alterColumnSql(QualifiedName table, String column, List<ColumnChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("alter column " + column + " of " + table + " names no change");
        }
        String prefix = "alter column " + ident(column) + " ";
        return alterTable(table, changes.stream().map(c -> prefix + columnChange(c))
                .collect(Collectors.joining(",\n    ")));
    }

    public String addPrimaryKeySql(QualifiedName table, PrimaryKey primaryKey) {
        return alterTable(table, "add " + primaryKeyClause(primaryKey));
    }

    public String addUniqueConstraintSql(QualifiedName table, UniqueConstraint unique) {
        return alterTable(table, "add " + uniqueClause(unique));
    }

    public String addForeignKeySql(QualifiedName table, ForeignKey foreignKey) {
        return alterTable(table, "add constraint " + ident(foreignKey.name()) + " " + foreignKeyClause(foreignKey));
    }

    public String dropConstraintSql(QualifiedName table, String constraint) {
        return alterTable(table, "drop constraint " + ident(constraint));
    }

    private static String primaryKeyClause(PrimaryKey pk) {
        return "constraint " + ident(pk.name()) + " primary key (" + idents(pk.columns()) + ")";
    }

    private static String uniqueClause(UniqueConstraint unique) {
        return "constraint " + ident(unique.name()) + " unique (" + idents(unique.columns()) + ")";
    }

    private static String foreignKeyClause(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("foreign key (").append(idents(fk.columns())).append(") references ")
                .append(name(fk.referencedTable())).append(" (").append(idents(fk.referencedColumns())).append(")");
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" on delete ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" on update ").append(fk.onUpdate().sql());
        }
        return sql.toString();
    }

    public String createIndexSql(QualifiedName table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + ident(index.name()) + " on "
                + name(table) + " (" + idents(index.columns()) + ")";
    }

    /** Indexes live in their table's schema, so {@code index} carries that schema. */
    public String dropIndexSql(QualifiedName index) {
        return "drop index " + name(index);
    }

    public String createSequenceSql(Sequence sequence) {
        return "create sequence " + name(sequence.name()) + " start with " + sequence.start()
                + " increment by " + sequence.increment();
    }

    public String alterSequenceSql(Sequence sequence) {
        return "alter sequence " + name(sequence.name()) + " increment by " + sequence.increment()
                + " start with " + sequence.start();
    }

    public String dropSequenceSql(QualifiedName sequence) {
        return "drop sequence " + name(sequence);
    }

    private static String alterTable(QualifiedName table, String action) {
        return "alter table " + name(table) + " " + action;
    }

    private static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(ident(column.name())).append(' ').append(column.type());
        if (column.identity() != Identity.NONE) {
            sql.append(identityClause(column.identity()));
        }
        column.defaultExpression().ifPresent(d -> sql.append(" default ").append(d));
        if (!column.nullable()) {
            sql.append(" not null");
        }
        return sql.toString();
    }

    private static String identityClause(Identity identity) {
        return identity == Identity.ALWAYS ? " generated always as identity" : " generated by default as identity";
    }

    private static String columnChange(ColumnChange change) {
        if (change instanceof ColumnChange.SetType t) {
            return "type " + t.type();
        } else if (change instanceof ColumnChange.SetNotNull) {
            return "set not null";
        } else if (change instanceof ColumnChange.DropNotNull) {
            return "drop not null";
        } else if (change instanceof ColumnChange.SetDefault d) {
            return "set default " + d.expression();
        } else if (change instanceof ColumnChange.DropDefault) {
            return "drop default";
        } else if (change instanceof ColumnChange.AddIdentity a) {
            return "add" + identityClause(a.kind());
        } else if (change instanceof ColumnChange.DropIdentity) {
            return "drop identity";
        }
        throw new IllegalStateException("unhandled column change " + change);
    }
}
