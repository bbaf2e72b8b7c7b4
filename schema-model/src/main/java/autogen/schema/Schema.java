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
                     List<TriggerFunction> functions, List<OrdinalEnum> ordinals) {
    public Schema {
        ordinals = ordinals.stream().sorted(Comparator.comparing(OrdinalEnum::table)
                .thenComparing(OrdinalEnum::column)).toList();
        functions = functions.stream().sorted(Comparator.comparing(TriggerFunction::name)).toList();
        namespaces = namespaces.stream().distinct().sorted().toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    /** A model without what is known of ORDINAL enum columns. */
    public Schema(List<String> namespaces, List<EnumType> enums, List<Table> tables, List<Sequence> sequences,
                  List<TriggerFunction> functions) {
        this(namespaces, enums, tables, sequences, functions, List.of());
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
        return new Schema(namespaces, enums, tables, sequences, functions, known);
    }

    /** The ORDINAL enum column {@code column} of {@code table}, when it is one and its constants are known. */
    public Optional<OrdinalEnum> ordinal(QualifiedName table, String column) {
        return ordinals.stream().filter(o -> o.table().equals(table) && o.column().equals(column)).findFirst();
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
