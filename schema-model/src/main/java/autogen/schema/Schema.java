package autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database model: the namespaces (PostgreSQL schemas) that exist or are needed, enum types, tables,
 * sequences and autogen's trigger functions, each list sorted so that two models describing the same
 * database are {@code equals}.
 */
public record Schema(List<String> namespaces, List<EnumType> enums, List<Table> tables, List<Sequence> sequences,
                     List<TriggerFunction> functions, List<OrdinalEnum> ordinals, List<Origin> origins) {
    public Schema {
        origins = List.copyOf(origins);
        ordinals = ordinals.stream().sorted(Comparator.comparing(OrdinalEnum::table)
                .thenComparing(OrdinalEnum::column)).toList();
        functions = functions.stream().sorted(Comparator.comparing(TriggerFunction::name)).toList();
        namespaces = namespaces.stream().distinct().sorted().toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    /** A model without what only entities know: ORDINAL enum columns' constants, and what declares each name. */
    public Schema(List<String> namespaces, List<EnumType> enums, List<Table> tables, List<Sequence> sequences,
                  List<TriggerFunction> functions) {
        this(namespaces, enums, tables, sequences, functions, List.of(), List.of());
    }

    /** A model with the constants of its ORDINAL enum columns, and no origins. */
    public Schema(List<String> namespaces, List<EnumType> enums, List<Table> tables, List<Sequence> sequences,
                  List<TriggerFunction> functions, List<OrdinalEnum> ordinals) {
        this(namespaces, enums, tables, sequences, functions, ordinals, List.of());
    }

    /** This model with {@code tables} instead of its own, and everything else kept. */
    public Schema withTables(List<Table> replaced) {
        return new Schema(namespaces, enums, replaced, sequences, functions, ordinals, origins);
    }

    /** What declares {@code column} of {@code table} in the entities ({@code Account.enabled}), when known. */
    public Optional<String> declaredBy(QualifiedName table, Optional<String> column) {
        return origins.stream().filter(o -> o.table().equals(table) && o.column().equals(column))
                .map(Origin::declaredBy).findFirst();
    }

    /** A model without autogen's trigger functions. */
    public Schema(List<String> namespaces, List<EnumType> enums, List<Table> tables, List<Sequence> sequences) {
        this(namespaces, enums, tables, sequences, List.of());
    }

    /** Tables and sequences in the namespaces they name, plus the default one; no enum types. */
    public Schema(List<Table> tables, List<Sequence> sequences) {
        this(namespacesOf(tables, sequences), List.of(), tables, sequences);
    }

    /** The model of a database with nothing in it but the default namespace. */
    public static Schema empty() {
        return new Schema(List.of(), List.of());
    }

    private static List<String> namespacesOf(List<Table> tables, List<Sequence> sequences) {
        java.util.Set<String> names = new java.util.TreeSet<>(List.of(QualifiedName.DEFAULT_SCHEMA));
        tables.forEach(t -> names.add(t.name().schema()));
        sequences.forEach(s -> names.add(s.name().schema()));
        return List.copyOf(names);
    }

    /** This model with {@code known} ORDINAL enum columns instead of its own. */
    public Schema withOrdinals(List<OrdinalEnum> known) {
        return new Schema(namespaces, enums, tables, sequences, functions, known, origins);
    }

    /** The ORDINAL enum column {@code column} of {@code table}, when it is one and its constants are known. */
    public Optional<OrdinalEnum> ordinal(QualifiedName table, String column) {
        return ordinals.stream().filter(o -> o.table().equals(table) && o.column().equals(column)).findFirst();
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
