package autogen.diff;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddPrimaryKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateTrigger;
import autogen.diff.op.DropTrigger;
import autogen.diff.op.DropCheckConstraint;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.Operation;
import autogen.diff.op.RenameConstraint;
import autogen.diff.op.RenameIndex;
import autogen.schema.CheckConstraint;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares the keys, checks and indexes of two versions of one table. An object the entities name
 * explicitly must have that name; one they leave to the naming convention is matched by what it is
 * (columns, referenced table, actions, expression), so a database built by another tool gives no diff.
 */
final class ConstraintComparator {
    private ConstraintComparator() {
    }

    static List<Operation> compare(Table current, Table target) {
        return compare(current, target, false, StatedNames.BY_TARGET);
    }

    /**
     * With {@code renameToConvention}, objects whose names do not count, matched by shape under another name, are
     * renamed to the target's names; an object whose name counts and that only the name sets apart is renamed
     * always.
     */
    static List<Operation> compare(Table current, Table target, boolean renameToConvention, StatedNames names) {
        return compare(current, target, renameToConvention, names, new EnumChecks());
    }

    /** The same, with the enum checks of the whole comparison parsed through {@code enumChecks}. */
    static List<Operation> compare(Table current, Table target, boolean renameToConvention, StatedNames names,
                                   EnumChecks enumChecks) {
        QualifiedName t = target.name();
        Optional<Renamer> constraint = Optional.of((from, to) -> new RenameConstraint(t, from, to));
        Optional<Renamer> index = Optional.of((from, to) -> new RenameIndex(t, from, to));
        Naming naming = new Naming(t, names, renameToConvention);
        // Each kind is compared only where its lists differ: equal lists match one for one and give nothing, and
        // most tables of a plan differ in a column or two, not in their keys, checks and indexes.
        List<Operation> ops = new ArrayList<>();
        if (!current.primaryKey().equals(target.primaryKey())) {
            ops.addAll(new Kind<PrimaryKey>(PrimaryKey::name, pk -> unordered(pk.columns()),
                    naming.of(ObjectKey.Kind.PRIMARY_KEY, PrimaryKey::name, pk -> StatedNames.conventional(t, pk)),
                    pk -> new DropPrimaryKey(t, pk), pk -> new AddPrimaryKey(t, pk), constraint)
                    .compare(current.primaryKey().stream().toList(), target.primaryKey().stream().toList()));
        }
        if (!current.foreignKeys().equals(target.foreignKeys())) {
            ops.addAll(new Kind<ForeignKey>(ForeignKey::name, ConstraintComparator::foreignKeyShape,
                    naming.of(ObjectKey.Kind.FOREIGN_KEY, ForeignKey::name, fk -> StatedNames.conventional(t, fk)),
                    fk -> new DropForeignKey(t, fk), fk -> new AddForeignKey(t, fk), constraint)
                    .compare(current.foreignKeys(), target.foreignKeys()));
        }
        if (!current.uniqueConstraints().equals(target.uniqueConstraints())) {
            ops.addAll(new Kind<UniqueConstraint>(UniqueConstraint::name, u -> unordered(u.columns()),
                    naming.of(ObjectKey.Kind.UNIQUE, UniqueConstraint::name, u -> StatedNames.conventional(t, u)),
                    u -> new DropUniqueConstraint(t, u), u -> new AddUniqueConstraint(t, u), constraint)
                    .compare(current.uniqueConstraints(), target.uniqueConstraints()));
        }
        if (!current.checks().equals(target.checks())) {
            List<CheckConstraint> currentChecks = new ArrayList<>(current.checks());
            List<CheckConstraint> targetChecks = new ArrayList<>(target.checks());
            Naming.Of<CheckConstraint> checkNames = naming.of(ObjectKey.Kind.CHECK,
                    CheckConstraint::name, c -> StatedNames.conventional(t, c));
            ops.addAll(enumChecks.pair(t, currentChecks, targetChecks, checkNames));
            ops.addAll(new Kind<CheckConstraint>(CheckConstraint::name, CheckConstraint::expression, checkNames,
                    c -> new DropCheckConstraint(t, c), c -> new AddCheckConstraint(t, c), constraint)
                    .compare(currentChecks, targetChecks));
        }
        if (!current.triggers().equals(target.triggers())) {
            ops.addAll(new Kind<Trigger>(Trigger::name, Trigger::function, Naming.Of.always(),
                    x -> new DropTrigger(t, x), x -> new CreateTrigger(t, x), Optional.empty())
                    .compare(current.triggers(), target.triggers()));
        }
        if (!current.indexes().equals(target.indexes())) {
            ops.addAll(new Kind<Index>(Index::name, i -> List.of(i.columns(), i.unique()),
                    naming.of(ObjectKey.Kind.INDEX, Index::name, i -> StatedNames.conventional(t, i)),
                    i -> new DropIndex(t, i), i -> new CreateIndex(t, i), index)
                    .compare(current.indexes(), target.indexes()));
        }
        return ops;
    }

    /**
     * Key columns as a set. A primary key or unique constraint enforces the same uniqueness whatever the order of
     * its columns, and JPA does not reliably say that order, so another order is no difference. (An index's
     * column order decides what it can serve, so there it counts.)
     */
    private static List<String> unordered(List<String> columns) {
        return columns.stream().sorted().toList();
    }

    /** A foreign key's column pairs as a set, with where they point and the actions: the same key in any order. */
    private static List<Object> foreignKeyShape(ForeignKey fk) {
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            pairs.add(List.of(fk.columns().get(i), fk.referencedColumns().get(i)));
        }
        pairs.sort(Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing(pair -> pair.get(1)));
        return List.of(pairs, fk.referencedTable(), fk.onDelete(), fk.onUpdate());
    }

    /** The operations that create what a new table's CREATE TABLE statement does not carry. */
    static List<Operation> createExtras(Table table) {
        return compare(table.bare(), table);
    }

    /** The operations that drop what a dropped table's DROP TABLE statement does not carry. */
    static List<Operation> dropExtras(Table table) {
        return compare(table, table.bare());
    }

    /** Makes the operation that renames an object. */
    interface Renamer {
        Operation rename(String from, String to);
    }

    /** Whose names count in one comparison of two tables, and whether names that do not are renamed anyway. */
    record Naming(QualifiedName table, StatedNames names, boolean renameToConvention) {
        /** For one kind of object: whether a pair's names count, and whether a pair matched by shape is renamed. */
        interface Of<T> {
            boolean count(T current, T wanted);

            boolean renames(T current, T wanted);

            /** Names that always count: autogen's own objects, such as its triggers. */
            static <T> Of<T> always() {
                return new Of<>() {
                    public boolean count(T current, T wanted) {
                        return true;
                    }

                    public boolean renames(T current, T wanted) {
                        return false;
                    }
                };
            }
        }

        <T> Of<T> of(ObjectKey.Kind kind, Function<T, String> name, Function<T, Boolean> conventional) {
            Function<T, ObjectKey> key = o -> new ObjectKey(kind, table, name.apply(o));
            return new Of<>() {
                public boolean count(T current, T wanted) {
                    return names.inCurrent(key.apply(current))
                            || names.inTarget(key.apply(wanted), conventional.apply(wanted));
                }

                public boolean renames(T current, T wanted) {
                    return renameToConvention || count(current, wanted);
                }
            };
        }
    }

    /**
     * How to compare one kind of object: its name, its shape (everything that counts but the name), whose names
     * count, how to drop and add one, and how to rename one (if at all).
     */
    private record Kind<T>(Function<T, String> name, Function<T, Object> shape, Naming.Of<T> names,
                           Function<T, Operation> drop, Function<T, Operation> add, Optional<Renamer> rename) {

        List<Operation> compare(List<T> current, List<T> target) {
            List<T> unmatchedCurrent = new ArrayList<>(current);
            List<T> unmatchedTarget = new ArrayList<>(target);
            List<Operation> ops = new ArrayList<>();
            // 1. The same object: equal (cheap, and most are), else the same name and shape.
            unmatchedTarget.removeIf(unmatchedCurrent::remove);
            unmatchedTarget.removeIf(wanted -> unmatchedCurrent.removeIf(c -> name.apply(c).equals(name.apply(wanted))
                    && shape.apply(c).equals(shape.apply(wanted))));
            // 2. The same shape under another name: nothing when the names do not count (unless the convention's
            // names are asked for), a rename when they do.
            for (T wanted : List.copyOf(unmatchedTarget)) {
                unmatchedCurrent.stream().filter(c -> shape.apply(c).equals(shape.apply(wanted)))
                        .filter(c -> rename.isPresent() || !names.count(c, wanted)).findFirst().ifPresent(found -> {
                            unmatchedCurrent.remove(found);
                            unmatchedTarget.remove(wanted);
                            if (names.renames(found, wanted)) {
                                rename.ifPresent(r -> ops.add(r.rename(name.apply(found), name.apply(wanted))));
                            }
                        });
            }
            // 3. What is left differs: dropped first, then added (a changed definition under one name included).
            unmatchedCurrent.forEach(c -> ops.add(drop.apply(c)));
            unmatchedTarget.forEach(t -> ops.add(add.apply(t)));
            return ops;
        }
    }
}
