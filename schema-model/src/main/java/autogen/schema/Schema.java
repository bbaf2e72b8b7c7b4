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
                     List<TriggerFunction> functions) {
    public Schema {
        functions = functions.stream().sorted(Comparator.comparing(TriggerFunction::name)).toList();
        namespaces = namespaces.stream().distinct().sorted().toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
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

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
