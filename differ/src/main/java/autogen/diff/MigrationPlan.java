package autogen.diff;

import autogen.diff.op.CreateTable;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropTable;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The ordered up steps of a migration, and what a reviewer should know about them beyond their hazard codes:
 * figures from the live data, a possible rename, a backfill to write. The down steps are derived, never
 * hand-written. {@code unstated} are the removals left out of it: rules only the database has, which the entities
 * do not state and autogen did not make ({@link Provenance}). {@code declaredBy} holds, for each up step, what in the
 * entities asks for it ({@code Book.title}), when anything does: worked out once, from the entities' model
 * ({@link #tracedTo}, when first asked for), for the reports and the migration file alike.
 */
public record MigrationPlan(List<Operation> up, List<Note> notes, List<Operation> unstated,
                            List<Optional<String>> declaredBy) {
    /** One line about the up step at {@code step} (an index into {@link #up}). */
    public record Note(int step, String text) {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }

    public MigrationPlan {
        up = List.copyOf(up);
        notes = List.copyOf(notes);
        unstated = List.copyOf(unstated);
        // Traced origins are immutable and worked out when asked for: a copy would work them all out now.
        declaredBy = declaredBy instanceof TracedOrigins ? declaredBy : List.copyOf(declaredBy);
        if (declaredBy.size() != up.size()) {
            throw new IllegalArgumentException(declaredBy.size() + " origins for " + up.size() + " steps");
        }
    }

    /** A plan whose steps are traced to nothing in the entities. */
    public MigrationPlan(List<Operation> up, List<Note> notes, List<Operation> unstated) {
        this(up, notes, unstated, Collections.nCopies(up.size(), Optional.empty()));
    }

    public MigrationPlan(List<Operation> up, List<Note> notes) {
        this(up, notes, List.of());
    }

    public MigrationPlan(List<Operation> up) {
        this(up, List.of(), List.of());
    }

    /** This plan with {@code more} notes after its own. */
    public MigrationPlan withNotes(List<Note> more) {
        return new MigrationPlan(up, Stream.concat(notes.stream(), more.stream()).toList(), unstated, declaredBy);
    }

    /** This plan with each up step traced to what in {@code entities} asks for it, if anything does. */
    public MigrationPlan tracedTo(Schema entities) {
        return new MigrationPlan(up, notes, unstated, new TracedOrigins(up, entities));
    }

    /** What in the entities asks for the up step at {@code step} ({@code Book.title}), when anything does. */
    public Optional<String> declaredBy(int step) {
        return declaredBy.get(step);
    }

    /**
     * What asks for the down step at {@code step}: what asked for the up step it undoes (the drop of a column
     * {@code Book.isbn} added is there because of {@code Book.isbn}).
     */
    public Optional<String> downDeclaredBy(int step) {
        return declaredBy.get(up.size() - 1 - step);
    }

    /** This plan without the up steps and unstated removals {@code dropped} picks, its notes kept with their steps. */
    public MigrationPlan without(java.util.function.Predicate<Operation> dropped) {
        List<Operation> kept = new ArrayList<>();
        List<Note> keptNotes = new ArrayList<>();
        List<Optional<String>> keptOrigins = new ArrayList<>();
        for (int i = 0; i < up.size(); i++) {
            if (!dropped.test(up.get(i))) {
                int step = kept.size();
                notesOf(i).forEach(text -> keptNotes.add(new Note(step, text)));
                kept.add(up.get(i));
                if (!(declaredBy instanceof TracedOrigins)) {
                    keptOrigins.add(declaredBy.get(i));
                }
            }
        }
        return new MigrationPlan(kept, keptNotes, unstated.stream().filter(dropped.negate()).toList(),
                declaredBy instanceof TracedOrigins traced ? traced.of(kept) : keptOrigins);
    }

    /** The rules that {@link #unstated} leaves in place, one per index, key, check, NOT NULL or default. */
    public List<ObjectKey> unstatedRules() {
        return unstated.stream().flatMap(op -> Unstated.removedKeys(op).stream()).toList();
    }

    /** The notes on the up step at {@code step}, in the order they were made. */
    public List<String> notesOf(int step) {
        return notes.stream().filter(n -> n.step() == step).map(Note::text).toList();
    }

    /** The inverse of every up step, in reverse order. */
    public List<Operation> down() {
        List<Operation> down = new ArrayList<>(up);
        Collections.reverse(down);
        return down.stream().map(Operation::inverse).toList();
    }

    public boolean isEmpty() {
        return up.isEmpty();
    }

    /** Every hazard of the up steps, in declaration order. */
    public Set<Hazard> hazards() {
        Set<Hazard> all = EnumSet.noneOf(Hazard.class);
        hazardsByStep(up).forEach(all::addAll);
        return all;
    }

    /** The up steps that carry {@code hazard}. */
    public List<Operation> stepsWith(Hazard hazard) {
        List<Set<Hazard>> byStep = hazardsByStep(up);
        List<Operation> steps = new ArrayList<>();
        for (int i = 0; i < up.size(); i++) {
            if (byStep.get(i).contains(hazard)) {
                steps.add(up.get(i));
            }
        }
        return steps;
    }

    /**
     * A step's hazards, as {@link #hazardsByStep} gives them, and the lock it takes and for how long ({@code ACCESS
     * EXCLUSIVE on users, briefly}): none for a step on a table an earlier step creates, which nobody else can be
     * using yet, nor on a table the plan drops, whose drop is the whole story (its {@code DELETES_DATA} says it).
     */
    public record Risk(Set<Hazard> hazards, Optional<String> lock) {
    }

    /** Each step's hazards and lock, from one look at where each step stands. */
    public static List<Risk> risksByStep(List<Operation> steps) {
        List<Place> places = places(steps);
        Supplier<List<AddedColumns>> added = once(() -> AddedColumns.byStep(steps));
        return byStep(steps.size(), i -> {
            Place place = places.get(i);
            return new Risk(hazards(steps.get(i), place, () -> added.get().get(i)), lock(steps.get(i), place));
        });
    }

    private static Optional<String> lock(Operation op, Place place) {
        return place.onNewTable() || place.withDroppedTable() ? Optional.empty() : op.accept(LockOf.INSTANCE);
    }

    /** {@code value}, worked out on the first call and kept. */
    private static <T> Supplier<T> once(Supplier<T> value) {
        return new Supplier<>() {
            private T kept;

            @Override
            public T get() {
                if (kept == null) {
                    kept = value.get();
                }
                return kept;
            }
        };
    }

    /**
     * A list whose element {@code i} is worked out each time it is read: {@code check} shows ten steps of each kind
     * of a plan that may have tens of thousands, and a file's renderer reads each step once.
     */
    private static <T> List<T> byStep(int size, IntFunction<T> step) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                Objects.checkIndex(index, size);
                return step.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Where a step stands in its plan: on a table an earlier step creates, or on a table the plan drops (the drop
     * itself, or a foreign key that points at such a table, included).
     */
    private record Place(boolean onNewTable, boolean withDroppedTable) {
    }

    /**
     * Where each step stands, worked out when it is read: one pass notes where tables are created and which are
     * dropped, with no look into the other steps, since a report reads ten steps of each kind of a large plan.
     */
    private static List<Place> places(List<Operation> steps) {
        Set<QualifiedName> dropped = new HashSet<>();
        Map<QualifiedName, Integer> createdAt = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof DropTable d) {
                dropped.add(d.table().name());
            } else if (steps.get(i) instanceof CreateTable c) {
                createdAt.putIfAbsent(c.table().name(), i);
            }
        }
        return byStep(steps.size(), i -> {
            Operation op = steps.get(i);
            Optional<QualifiedName> table = tableOf(op);
            return new Place(table.isPresent() && createdAt.getOrDefault(table.get(), i) < i,
                    table.isPresent() && dropped.contains(table.get())
                            || op instanceof DropForeignKey fk && dropped.contains(fk.foreignKey().referencedTable()));
        });
    }

    /** The table {@code op} works on, when it works on one. */
    public static Optional<QualifiedName> tableOf(Operation op) {
        return op.accept(TableOf.INSTANCE);
    }

    /** The columns of its table {@code op} is about: the column it adds or changes, a key's or an index's. */
    public static List<String> columnsOf(Operation op) {
        return op.accept(ColumnsOf.INSTANCE);
    }

    /**
     * The hazards of each of {@code steps}. A table that an earlier step creates has no rows, no readers and no
     * application code yet, so nothing done to it risks anything; and what is removed from a table that a step
     * drops (its keys, indexes, foreign keys, including those that point at it) weakens nothing that the drop
     * itself does not already take away. A unique or foreign key over a column an earlier step added without a
     * default cannot fail on the rows that exist: they hold NULL in it.
     */
    public static List<Set<Hazard>> hazardsByStep(List<Operation> steps) {
        List<Place> places = places(steps);
        Supplier<List<AddedColumns>> added = once(() -> AddedColumns.byStep(steps));
        return byStep(steps.size(), i -> hazards(steps.get(i), places.get(i), () -> added.get().get(i)));
    }

    /**
     * What the rows hold in the columns earlier steps added ({@code added}) is worked out only for a step that may
     * fail on existing rows: a plan of tens of thousands of steps has few, and a report shows only some steps.
     */
    private static Set<Hazard> hazards(Operation op, Place place, Supplier<AddedColumns> added) {
        Set<Hazard> own = place.onNewTable() ? Set.of() : op.hazards();
        Set<Hazard> these = own.isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(own);
        if (!(op instanceof DropTable) && place.withDroppedTable()) {
            these.remove(Hazard.WEAKENS_SCHEMA);
        }
        if (these.contains(Hazard.MAY_FAIL_ON_EXISTING_ROWS) && added.get().keyOverOnlyNulls(op)) {
            these.remove(Hazard.MAY_FAIL_ON_EXISTING_ROWS);
        }
        return these;
    }
}
