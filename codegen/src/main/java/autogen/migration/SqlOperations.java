package autogen.migration;

import autogen.codegen.sql.PostgresSqlRenderer;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs a migration's calls by rendering each through {@link PostgresSqlRenderer} and passing the SQL on. */
public final class SqlOperations implements Operations {
    private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();
    private final Consumer<String> statements;

    /** {@code statements} receives each SQL statement in order: a JDBC executor, or a list for review. */
    public SqlOperations(Consumer<String> statements) {
        this.statements = statements;
    }

    /** Parses {@code "name"} or {@code "schema.name"}. */
    public static QualifiedName qualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? QualifiedName.of(name) : new QualifiedName(name.substring(0, dot), name.substring(dot + 1));
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        Optional<PrimaryKey> primaryKey = Optional.empty();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof ColumnSpec c) {
                columns.add(c.column());
            } else if (element instanceof TableElement.PrimaryKeySpec pk) {
                primaryKey = Optional.of(new PrimaryKey(pk.name(), pk.columns()));
            } else if (element instanceof TableElement.UniqueSpec u) {
                uniques.add(new UniqueConstraint(u.name(), u.columns()));
            }
        }
        emit(renderer.createTableSql(new Table(qualified(table), columns, primaryKey, List.of(), uniques, List.of())));
    }

    @Override
    public void dropTable(String table) {
        emit(renderer.dropTableSql(qualified(table)));
    }

    @Override
    public void addColumn(String table, ColumnSpec column) {
        emit(renderer.addColumnSql(qualified(table), column.column()));
    }

    @Override
    public void dropColumn(String table, String column) {
        emit(renderer.dropColumnSql(qualified(table), column));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        emit(renderer.alterColumnSql(qualified(table), column, List.of(changes)));
    }

    @Override
    public void addPrimaryKey(String table, String name, String... columns) {
        emit(renderer.addPrimaryKeySql(qualified(table), new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void addUniqueConstraint(String table, String name, String... columns) {
        emit(renderer.addUniqueConstraintSql(qualified(table), new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void addForeignKey(String table, String name, ForeignKeySpec fk) {
        ForeignKey foreignKey = new ForeignKey(name, fk.columns(), qualified(fk.referencedTable()),
                fk.referencedColumns(), fk.onDelete(), fk.onUpdate());
        emit(renderer.addForeignKeySql(qualified(table), foreignKey));
    }

    @Override
    public void dropConstraint(String table, String name) {
        emit(renderer.dropConstraintSql(qualified(table), name));
    }

    @Override
    public void createIndex(String table, String name, String... columns) {
        emit(renderer.createIndexSql(qualified(table), new Index(name, List.of(columns), false)));
    }

    @Override
    public void createUniqueIndex(String table, String name, String... columns) {
        emit(renderer.createIndexSql(qualified(table), new Index(name, List.of(columns), true)));
    }

    @Override
    public void dropIndex(String table, String name) {
        emit(renderer.dropIndexSql(new QualifiedName(qualified(table).schema(), name)));
    }

    @Override
    public void createSequence(String sequence, long start, long increment) {
        emit(renderer.createSequenceSql(new Sequence(qualified(sequence), start, increment)));
    }

    @Override
    public void alterSequence(String sequence, long start, long increment) {
        emit(renderer.alterSequenceSql(new Sequence(qualified(sequence), start, increment)));
    }

    @Override
    public void dropSequence(String sequence) {
        emit(renderer.dropSequenceSql(qualified(sequence)));
    }

    @Override
    public void execute(String sql) {
        emit(sql);
    }

    private void emit(String sql) {
        statements.accept(sql);
    }
}
