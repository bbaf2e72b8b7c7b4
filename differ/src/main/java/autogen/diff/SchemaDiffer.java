package autogen.diff;

import autogen.diff.op.AlterEnumType;
import autogen.diff.op.CreateEnumType;
import autogen.diff.op.CreateSchema;
import autogen.diff.op.CreateTable;
import autogen.diff.op.CreateTriggerFunction;
import autogen.diff.op.DropTriggerFunction;
import autogen.diff.op.ReplaceTriggerFunction;
import autogen.diff.op.DropEnumType;
import autogen.diff.op.DropSchema;
import autogen.diff.op.DropTable;
import autogen.diff.op.EnumUsage;
import autogen.diff.op.Operation;
import autogen.diff.op.SetTableComment;
import autogen.diff.order.PhaseOf;
import autogen.schema.EnumType;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.TriggerFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Compares a current schema with a target schema and plans the ordered operations from one to the other. */
public final class SchemaDiffer {
    private final PlanHints hints;

    /** A differ that leaves the names of matching unnamed constraints and indexes as the database has them. */
    public SchemaDiffer() {
        this(PlanHints.NONE);
    }

    /** With {@code renameToConvention}, such objects are renamed to the naming convention instead (opt-in). */
    public SchemaDiffer(boolean renameToConvention) {
        this(new PlanHints(renameToConvention, List.of(), java.util.Map.of()));
    }

    /** A differ that follows the user's hints: renames, backfills, the naming convention. */
    public SchemaDiffer(PlanHints hints) {
        this.hints = hints;
    }

    /**
     * The plan that turns {@code current} into {@code target}; empty when they are equal. A drop and an add that
     * could be a rename carry a note saying so; each step is traced to what in {@code target} asks for it.
     *
     * @throws HintException when a hint does not fit the schemas
     */
    public MigrationPlan diff(Schema current, Schema target) {
        Renames.Applied renamed = Renames.apply(current, target, hints.renames());
        List<Operation> ops = new ArrayList<>(renamed.ops());
        Set<ColumnRef> filled = new java.util.HashSet<>();
        ColumnComparator columns = new ColumnComparator(hints.backfills(), filled);
        SerialColumns.Applied serial = SerialColumns.apply(renamed.current(), target, hints.serialAsIdentity());
        ops.addAll(serial.ops());
        current = serial.current();
        EnumChecks enumChecks = new EnumChecks();
        ops.addAll(compareNamespaces(current.namespaces(), target.namespaces()));
        ops.addAll(compareEnums(current, target));
        Matching<Table> tables = Matching.byKey(current.tables(), target.tables(), Table::name);
        for (Table added : tables.added()) {
            ops.add(new CreateTable(added.bare()));
            ops.addAll(ConstraintComparator.createExtras(added));
        }
        for (Matching.Pair<Table> pair : tables.common()) {
            // Most tables of a schema in sync are equal as values, which one comparison settles; equal tables
            // have nothing for the column and constraint comparisons to find.
            if (!pair.current().equals(pair.target())) {
                ops.addAll(compareTables(columns, enumChecks, pair));
            }
        }
        for (Table removed : tables.removed()) {
            ops.addAll(ConstraintComparator.dropExtras(removed));
            ops.add(new DropTable(removed.bare()));
        }
        ops.addAll(SequenceComparator.compare(current.sequences(), target));
        ops.addAll(compareFunctions(current.functions(), target.functions()));
        hints.backfills().keySet().stream().filter(ref -> !filled.contains(ref)).findFirst().ifPresent(ref -> {
            throw new HintException("--backfill " + ref + ": " + ref + " does not become NOT NULL in this"
                    + " migration, so there is nothing to fill");
        });
        ops = OrdinalComparator.compare(current, target, ops);
        Unstated.Split split = Unstated.withhold(ops, hints.provenance());
        List<Operation> kept = hints.online() ? OnlineForms.apply(split.kept()) : split.kept();
        List<Operation> sorted = EnumValueSteps.apply(PhaseOf.sort(kept));
        return new MigrationPlan(sorted, RenameCandidates.notes(sorted), PhaseOf.sort(split.withheld()))
                .tracedTo(target);
    }

    private List<Operation> compareTables(ColumnComparator columns, EnumChecks enumChecks, Matching.Pair<Table> pair) {
        Table current = pair.current();
        Table target = pair.target();
        List<Operation> ops = new ArrayList<>(columns.compare(current, target));
        ops.addAll(ConstraintComparator.compare(current, target, hints.renameToConvention(), hints.names(),
                enumChecks));
        if (!current.comment().equals(target.comment())) {
            ops.add(new SetTableComment(target.name(), current.comment(), target.comment()));
        }
        return ops;
    }

    /** The default namespace always exists and is never dropped. */
    private static List<Operation> compareNamespaces(List<String> current, List<String> target) {
        Matching<String> namespaces = Matching.byKey(current, target, n -> n);
        List<Operation> ops = new ArrayList<>();
        namespaces.added().forEach(n -> ops.add(new CreateSchema(n)));
        namespaces.removed().stream().filter(n -> !n.equals(QualifiedName.DEFAULT_SCHEMA))
                .forEach(n -> ops.add(new DropSchema(n)));
        return ops;
    }

    private static List<Operation> compareEnums(Schema current, Schema target) {
        Matching<EnumType> enums = Matching.byKey(current.enums(), target.enums(), EnumType::name);
        List<Operation> ops = new ArrayList<>();
        enums.added().forEach(e -> ops.add(new CreateEnumType(e)));
        for (Matching.Pair<EnumType> pair : enums.common()) {
            if (!pair.current().equals(pair.target())) {
                ops.add(new AlterEnumType(pair.current(), pair.target(), usages(current, pair.current())));
            }
        }
        enums.removed().forEach(e -> ops.add(new DropEnumType(e)));
        return ops;
    }

    /** The existing columns whose type is {@code type}, as format_type spells it with or without its schema. */
    private static List<EnumUsage> usages(Schema schema, EnumType type) {
        Set<String> spellings = Set.of(type.name().toString(), type.name().name(),
                "\"" + type.name().name() + "\"");
        List<EnumUsage> usages = new ArrayList<>();
        for (Table table : schema.tables()) {
            table.columns().stream().filter(c -> spellings.contains(c.type()))
                    .forEach(c -> usages.add(new EnumUsage(table.name(), c)));
        }
        return usages;
    }

    private static List<Operation> compareFunctions(List<TriggerFunction> current, List<TriggerFunction> target) {
        Matching<TriggerFunction> functions = Matching.byKey(current, target, TriggerFunction::name);
        List<Operation> ops = new ArrayList<>();
        functions.added().forEach(f -> ops.add(new CreateTriggerFunction(f)));
        functions.common().stream()
                .filter(pair -> !pair.current().equals(pair.target()))
                .forEach(pair -> ops.add(new ReplaceTriggerFunction(pair.current(), pair.target())));
        functions.removed().forEach(f -> ops.add(new DropTriggerFunction(f)));
        return ops;
    }
}
