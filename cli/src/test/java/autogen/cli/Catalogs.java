package autogen.cli;

import autogen.schema.Column;
import autogen.schema.Schema;
import java.util.Comparator;

/** How round-trip tests compare catalogs. */
public final class Catalogs {
    private Catalogs() {
    }

    /**
     * The model with every table's columns sorted by name: PostgreSQL appends a column that a downgrade adds
     * back, and column order is no difference, so catalogs are compared in this form.
     */
    public static Schema columnsByName(Schema schema) {
        return new Schema(schema.namespaces(), schema.enums(), schema.tables().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList(), schema.sequences(), schema.functions());
    }
}
