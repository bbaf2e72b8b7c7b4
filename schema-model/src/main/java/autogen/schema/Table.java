package autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table as the entities or the catalog describe it. Column order is the order the source gives
 * (Hibernate's DDL order, or attnum) and is never a difference; the constraint lists are sorted by name.
 */
public record Table(QualifiedName name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                    List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
                    List<CheckConstraint> checks, Optional<String> comment, List<Trigger> triggers) {
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primaryKey, "primaryKey");
        Objects.requireNonNull(comment, "comment");
        columns = List.copyOf(columns);
        foreignKeys = sorted(foreignKeys, ForeignKey::name);
        uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
        indexes = sorted(indexes, Index::name);
        checks = sorted(checks, CheckConstraint::name);
        triggers = sorted(triggers, Trigger::name);
    }

    /** A table without autogen's triggers. */
    public Table(QualifiedName name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                 List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints, List<Index> indexes,
                 List<CheckConstraint> checks, Optional<String> comment) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment, List.of());
    }

    /** A table without check constraints or comment. */
    public Table(QualifiedName name, List<Column> columns, Optional<PrimaryKey> primaryKey,
                 List<ForeignKey> foreignKeys, List<UniqueConstraint> uniqueConstraints, List<Index> indexes) {
        this(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, List.of(), Optional.empty(),
                List.of());
    }

    /**
     * {@code items} sorted by name, unmodifiable. Most lists arrive sorted (from another table, the catalog or the
     * cache), and an unmodifiable one is then kept as it is: tables are rebuilt by the thousands as a model is
     * spelled, and five sorts per table were a good part of that.
     */
    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        for (int i = 1; i < items.size(); i++) {
            if (name.apply(items.get(i - 1)).compareTo(name.apply(items.get(i))) > 0) {
                return items.stream().sorted(Comparator.comparing(name)).toList();
            }
        }
        return List.copyOf(items);
    }

    /** The column called {@code columnName}, if the table has it. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment,
                triggers);
    }

    public Table withComment(Optional<String> newComment) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, newComment,
                triggers);
    }

    public Table withTriggers(List<Trigger> newTriggers) {
        return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks, comment,
                newTriggers);
    }

    /**
     * What a CREATE TABLE operation carries: columns, comments, primary key, unique and check constraints,
     * but no foreign keys, indexes or triggers, which are operations of their own so that creation order never
     * matters.
     */
    public Table bare() {
        return new Table(name, columns, primaryKey, List.of(), uniqueConstraints, List.of(), checks, comment,
                List.of());
    }

    // equals and hashCode are written out, as QualifiedName's are and for the same reason.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Table that
                && name.equals(that.name)
                && columns.equals(that.columns)
                && primaryKey.equals(that.primaryKey)
                && foreignKeys.equals(that.foreignKeys)
                && uniqueConstraints.equals(that.uniqueConstraints)
                && indexes.equals(that.indexes)
                && checks.equals(that.checks)
                && comment.equals(that.comment)
                && triggers.equals(that.triggers);
    }

    @Override
    public int hashCode() {
        int hash = name.hashCode();
        hash = 31 * hash + columns.hashCode();
        hash = 31 * hash + primaryKey.hashCode();
        hash = 31 * hash + foreignKeys.hashCode();
        hash = 31 * hash + uniqueConstraints.hashCode();
        hash = 31 * hash + indexes.hashCode();
        hash = 31 * hash + checks.hashCode();
        hash = 31 * hash + comment.hashCode();
        hash = 31 * hash + triggers.hashCode();
        return hash;
    }
}
