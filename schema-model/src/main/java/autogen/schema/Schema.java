package autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema model: tables and sequences, each list sorted by qualified name so that two
 * models describing the same database are {@code equals}.
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {
    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
    }

    /** The model of a database with nothing in it. */
    public static Schema empty() {
        return new Schema(List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
