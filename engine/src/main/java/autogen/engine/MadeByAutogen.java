package autogen.engine;

import autogen.diff.ObjectKey;
import autogen.diff.ObjectKey.Kind;
import autogen.migration.ColumnChange;
import autogen.migration.ColumnSpec;
import autogen.migration.ForeignKeySpec;
import autogen.migration.NameText;
import autogen.migration.TableElement;
import autogen.runner.JavaMigrationSource;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules (indexes, keys, checks, NOT NULLs, defaults) that autogen's own migrations made: every migration but a
 * baseline is run against this recorder instead of a database, in the order of the revision graph, and what it adds
 * is noted under the names it has at the head (renames followed, drops forgotten).
 */
final class MadeByAutogen extends NoOperations {
    private final Set<ObjectKey> made = new HashSet<>();

    static Set<ObjectKey> of(RevisionGraph graph) {
        MadeByAutogen recorder = new MadeByAutogen();
        for (MigrationSource source : graph.ordered()) {
            if (!source.baseline() && source instanceof JavaMigrationSource java) {
                java.migration().get().upgrade(recorder);
            }
        }
        return Set.copyOf(recorder.made);
    }

    private static QualifiedName table(String table) {
        return NameText.parse(table);
    }

    private void column(QualifiedName table, Column column) {
        if (!column.nullable() || column.identity() != Identity.NONE) {
            made.add(new ObjectKey(Kind.NOT_NULL, table, column.name()));
        }
        if (column.defaultExpression().isPresent()) {
            made.add(new ObjectKey(Kind.DEFAULT, table, column.name()));
        }
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        QualifiedName name = table(table);
        for (TableElement element : elements) {
            if (element instanceof ColumnSpec c) {
                column(name, c.column());
            } else if (element instanceof TableElement.PrimaryKeySpec) {
                made.add(ObjectKey.primaryKey(name));
            } else if (element instanceof TableElement.UniqueSpec u) {
                made.add(new ObjectKey(Kind.UNIQUE, name, u.name()));
            } else if (element instanceof TableElement.CheckSpec c) {
                made.add(new ObjectKey(Kind.CHECK, name, c.name()));
            }
        }
    }

    @Override
    public void dropTable(String table) {
        QualifiedName name = table(table);
        made.removeIf(k -> k.table().equals(name));
    }

    @Override
    public void addColumn(String table, ColumnSpec column) {
        column(table(table), column.column());
    }

    @Override
    public void restoreColumn(String table, ColumnSpec column, String fillExisting) {
        column(table(table), column.column());
    }

    @Override
    public void dropColumn(String table, String column) {
        QualifiedName name = table(table);
        made.remove(new ObjectKey(Kind.NOT_NULL, name, column));
        made.remove(new ObjectKey(Kind.DEFAULT, name, column));
    }

    @Override
    public void renameTable(String table, String newName) {
        QualifiedName from = table(table);
        QualifiedName to = new QualifiedName(from.schema(), newName);
        Set<ObjectKey> moved = made.stream().filter(k -> k.table().equals(from))
                .map(k -> new ObjectKey(k.kind(), to, k.name())).collect(Collectors.toSet());
        made.removeIf(k -> k.table().equals(from));
        made.addAll(moved);
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        QualifiedName name = table(table);
        for (Kind kind : List.of(Kind.NOT_NULL, Kind.DEFAULT)) {
            if (made.remove(new ObjectKey(kind, name, column))) {
                made.add(new ObjectKey(kind, name, newName));
            }
        }
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        QualifiedName name = table(table);
        for (ColumnChange change : changes) {
            if (change instanceof ColumnChange.SetNotNull || change instanceof ColumnChange.AddIdentity) {
                made.add(new ObjectKey(Kind.NOT_NULL, name, column));
            } else if (change instanceof ColumnChange.SetDefault) {
                made.add(new ObjectKey(Kind.DEFAULT, name, column));
            }
        }
    }

    @Override
    public void addPrimaryKey(String table, String name, String... columns) {
        made.add(ObjectKey.primaryKey(table(table)));
    }

    @Override
    public void addUniqueConstraint(String table, String name, String... columns) {
        made.add(new ObjectKey(Kind.UNIQUE, table(table), name));
    }

    @Override
    public void addForeignKey(String table, String name, ForeignKeySpec foreignKey) {
        made.add(new ObjectKey(Kind.FOREIGN_KEY, table(table), name));
    }

    @Override
    public void dropConstraint(String table, String name) {
        QualifiedName t = table(table);
        made.removeIf(k -> k.table().equals(t) && k.name().equals(name));
    }

    @Override
    public void createIndex(String table, String name, String... columns) {
        made.add(new ObjectKey(Kind.INDEX, table(table), name));
    }

    @Override
    public void createUniqueIndex(String table, String name, String... columns) {
        made.add(new ObjectKey(Kind.INDEX, table(table), name));
    }

    @Override
    public void createIndexConcurrently(String table, String name, String... columns) {
        createIndex(table, name, columns);
    }

    @Override
    public void createUniqueIndexConcurrently(String table, String name, String... columns) {
        createIndex(table, name, columns);
    }

    @Override
    public void dropIndexConcurrently(String table, String name) {
        dropIndex(table, name);
    }

    @Override
    public void addForeignKeyNotValid(String table, String name, ForeignKeySpec foreignKey) {
        addForeignKey(table, name, foreignKey);
    }

    @Override
    public void addCheckConstraintNotValid(String table, String name, String expression) {
        addCheckConstraint(table, name, expression);
    }

    @Override
    public void setNotNullOnline(String table, String column) {
        made.add(new ObjectKey(Kind.NOT_NULL, table(table), column));
    }

    @Override
    public void addPrimaryKeyUsingIndex(String table, String name, String... columns) {
        addPrimaryKey(table, name, columns);
    }

    @Override
    public void addUniqueConstraintUsingIndex(String table, String name, String... columns) {
        addUniqueConstraint(table, name, columns);
    }

    @Override
    public void dropIndex(String table, String name) {
        made.remove(new ObjectKey(Kind.INDEX, table(table), name));
    }

    @Override
    public void addCheckConstraint(String table, String name, String expression) {
        made.add(new ObjectKey(Kind.CHECK, table(table), name));
    }

    @Override
    public void replaceCheckConstraint(String table, String dropped, String name, String expression) {
        made.remove(new ObjectKey(Kind.CHECK, table(table), dropped));
        made.add(new ObjectKey(Kind.CHECK, table(table), name));
    }

    @Override
    public void renameConstraint(String table, String from, String to) {
        QualifiedName t = table(table);
        Set<ObjectKey> renamed = made.stream().filter(k -> k.table().equals(t) && k.name().equals(from))
                .map(k -> new ObjectKey(k.kind(), t, to)).collect(Collectors.toSet());
        made.removeIf(k -> k.table().equals(t) && k.name().equals(from));
        made.addAll(renamed);
    }

    @Override
    public void renameIndex(String table, String from, String to) {
        if (made.remove(new ObjectKey(Kind.INDEX, table(table), from))) {
            made.add(new ObjectKey(Kind.INDEX, table(table), to));
        }
    }
}
