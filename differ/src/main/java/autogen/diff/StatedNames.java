package autogen.diff;

import autogen.schema.CheckConstraint;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.NamingConvention;
import autogen.schema.PrimaryKey;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import autogen.schema.QualifiedName;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which names of keys, checks and indexes count: those an entity states. An object whose name no entity states is
 * matched by what it is (its columns, the table it references, its actions, its expression), whatever either side
 * calls it. When the target of a comparison is the entities' model, its names that the naming convention would not
 * give are the stated ones; when two databases are compared (one with what its migrations build, for drift), the
 * entities' model says which names they state, on either side.
 */
public final class StatedNames {
    /** The target is the entities' model: its names that are not the convention's are stated. */
    public static final StatedNames BY_TARGET = new StatedNames(Optional.empty());

    private final Optional<Set<ObjectKey>> stated;

    private StatedNames(Optional<Set<ObjectKey>> stated) {
        this.stated = stated;
    }

    /** The names {@code entities} state, for a comparison of two schemas neither of which is theirs. */
    public static StatedNames of(Schema entities) {
        Set<ObjectKey> keys = new HashSet<>();
        for (Table t : entities.tables()) {
            QualifiedName table = t.name();
            t.primaryKey().filter(pk -> !conventional(table, pk))
                    .ifPresent(pk -> keys.add(new ObjectKey(ObjectKey.Kind.PRIMARY_KEY, table, pk.name())));
            t.foreignKeys().stream().filter(fk -> !conventional(table, fk))
                    .forEach(fk -> keys.add(new ObjectKey(ObjectKey.Kind.FOREIGN_KEY, table, fk.name())));
            t.uniqueConstraints().stream().filter(u -> !conventional(table, u))
                    .forEach(u -> keys.add(new ObjectKey(ObjectKey.Kind.UNIQUE, table, u.name())));
            t.checks().stream().filter(c -> !conventional(table, c))
                    .forEach(c -> keys.add(new ObjectKey(ObjectKey.Kind.CHECK, table, c.name())));
            t.indexes().stream().filter(i -> !conventional(table, i))
                    .forEach(i -> keys.add(new ObjectKey(ObjectKey.Kind.INDEX, table, i.name())));
        }
        return new StatedNames(Optional.of(Set.copyOf(keys)));
    }

    /** Whether the name of the target's object counts; {@code conventional}: it is the name the convention gives. */
    boolean inTarget(ObjectKey key, boolean conventional) {
        return stated.map(s -> s.contains(key)).orElse(!conventional);
    }

    /** Whether the name of the current side's object counts. */
    boolean inCurrent(ObjectKey key) {
        return stated.map(s -> s.contains(key)).orElse(false);
    }

    static boolean conventional(QualifiedName table, PrimaryKey pk) {
        return pk.name().equals(NamingConvention.primaryKey(table.name()));
    }

    static boolean conventional(QualifiedName table, ForeignKey fk) {
        return fk.name().equals(NamingConvention.foreignKey(table.name(), fk.columns(), fk.referencedTable().name()));
    }

    static boolean conventional(QualifiedName table, UniqueConstraint unique) {
        return unique.name().equals(NamingConvention.uniqueConstraint(table.name(), unique.columns()));
    }

    static boolean conventional(QualifiedName table, CheckConstraint check) {
        return NamingConvention.isCheckName(table.name(), check.name());
    }

    static boolean conventional(QualifiedName table, Index index) {
        return index.name().equals(NamingConvention.index(table.name(), index.columns()));
    }
}
