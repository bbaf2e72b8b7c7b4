package autogen.model;

import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.NamingConvention;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/** Reads the foreign keys, unique constraints and indexes of a Hibernate table, each list sorted by name. */
final class ConstraintReader {
    private final Function<Table, QualifiedName> tableNames;
    private final Dialect dialect;

    ConstraintReader(Function<Table, QualifiedName> tableNames, Dialect dialect) {
        this.tableNames = tableNames;
        this.dialect = dialect;
    }

    // getForeignKeys() is the one accessor Hibernate 6.6 and 7 share: 7 deprecates it for getForeignKeyCollection(),
    // which 6.6 lacks, and this class is compiled against both.
    @SuppressWarnings("removal")
    List<ForeignKey> foreignKeys(Table table) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeys().values()) {
            // @ForeignKey(NO_CONSTRAINT) disables creation; keys to non-physical tables are never created either.
            if (key.isCreationEnabled() && key.isPhysicalConstraint()) {
                keys.add(foreignKey(table, key));
            }
        }
        return sorted(keys, ForeignKey::name);
    }

    private ForeignKey foreignKey(Table table, org.hibernate.mapping.ForeignKey key) {
        List<String> columns = columnNames(key.getColumns());
        Table referenced = key.getReferencedTable();
        QualifiedName referencedName = tableNames.apply(referenced);
        String name = nameOr(key.getName(),
                () -> NamingConvention.foreignKey(tableNames.apply(table).name(), columns, referencedName.name()));
        // A key to the primary key keeps no referenced columns of its own; Hibernate writes "references <table>".
        List<Column> referencedColumns = key.isReferenceToPrimaryKey()
                ? referenced.getPrimaryKey().getColumns()
                : key.getReferencedColumns();
        return new ForeignKey(name, columns, referencedName, columnNames(referencedColumns),
                onDelete(key.getOnDeleteAction()), ReferentialAction.NO_ACTION);
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    List<UniqueConstraint> uniqueConstraints(Table table, QualifiedName tableName) {
        Map<String, UniqueConstraint> byName = new LinkedHashMap<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (!isRedundant(table, key)) {
                List<String> columns = columnNames(key.getColumns());
                // For a collection table the naming strategy is handed the owner's table name, so only a name the
                // mapping gives is kept; Hibernate's PostgreSQL DDL writes no other.
                String name = key.isNameExplicit()
                        ? Names.fold(key.getName())
                        : NamingConvention.uniqueConstraint(tableName.name(), columns);
                byName.putIfAbsent(name, new UniqueConstraint(name, columns));
            }
        }
        // Hibernate keeps unique=true as a column flag and only turns it into a constraint while writing DDL.
        for (Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                List<String> columns = List.of(Names.fold(column));
                String name = nameOr(column.getUniqueKeyName(),
                        () -> NamingConvention.uniqueConstraint(tableName.name(), columns));
                byName.putIfAbsent(name, new UniqueConstraint(name, columns));
            }
        }
        return sorted(new ArrayList<>(byName.values()), UniqueConstraint::name);
    }

    /**
     * Whether Hibernate leaves {@code key} out of the DDL: an implicit key with the columns of another key, or of the
     * primary key. Hibernate 7 asks {@code Table.isRedundantUniqueKey}; Hibernate 6.6 has no such method and drops
     * those keys from {@code getUniqueKeys()} instead, where this finds none.
     */
    private static boolean isRedundant(Table table, UniqueKey key) {
        if (key.isExplicit()) {
            return false;
        }
        boolean duplicate = table.getUniqueKeys().values().stream().anyMatch(other -> other != key
                && other.getColumns().containsAll(key.getColumns()) && key.getColumns().containsAll(other.getColumns()));
        List<Column> primaryKey = table.getPrimaryKey() == null ? List.of() : table.getPrimaryKey().getColumns();
        return duplicate || !primaryKey.isEmpty() && primaryKey.size() == key.getColumns().size()
                && primaryKey.containsAll(key.getColumns());
    }

    List<Index> indexes(Table table) {
        QualifiedName tableName = tableNames.apply(table);
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<String> columns = index.getSelectables().stream()
                    .map(s -> s instanceof Column column ? Names.fold(column) : s.getText())
                    .toList();
            // Index.getName() drops the quotes a conventional name with capitals needs; the quoted form keeps them.
            String name = nameOr(index.getQuotedName(dialect), () -> NamingConvention.index(tableName.name(), columns));
            indexes.add(new Index(name, columns, index.isUnique()));
        }
        return sorted(indexes, Index::name);
    }

    static List<String> columnNames(List<Column> columns) {
        return columns.stream().map(Names::fold).toList();
    }

    private static String nameOr(String hibernateName, Supplier<String> conventional) {
        return Optional.ofNullable(hibernateName).map(Names::fold).orElseGet(conventional);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
