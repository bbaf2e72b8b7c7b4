package autogen.engine;

import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import autogen.schema.OrdinalEnum;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the numbers stored in ORDINAL enum columns mean, as autogen's migrations recorded it: each migration records
 * the constants of the columns whose constants changed since, and the last record of a column along the revision
 * graph holds.
 */
final class RecordedOrdinals {
    private RecordedOrdinals() {
    }

    /** The last recorded constants of each ORDINAL enum column, in the order the graph applies its migrations. */
    static List<OrdinalEnum> of(RevisionGraph graph) {
        Map<String, OrdinalEnum> latest = new LinkedHashMap<>();
        for (MigrationSource source : graph.ordered()) {
            for (String recorded : source.ordinals()) {
                try {
                    OrdinalEnum ordinal = OrdinalEnum.parse(recorded);
                    latest.put(key(ordinal.table(), ordinal.column()), ordinal);
                } catch (RuntimeException e) {
                    // A record edited by hand into another shape says nothing autogen can rely on.
                }
            }
        }
        return List.copyOf(latest.values());
    }

    /** What a migration from {@code current} to {@code target} records: the columns whose constants differ. */
    static List<String> toRecord(Schema current, Schema target) {
        return target.ordinals().stream().filter(OrdinalEnum::recordable)
                .filter(o -> !current.ordinal(o.table(), o.column()).map(OrdinalEnum::constants)
                        .filter(c -> Objects.equals(c, o.constants())).isPresent())
                .map(OrdinalEnum::recorded).toList();
    }

    private static String key(QualifiedName table, String column) {
        return table.schema() + "\u0000" + table.name() + "\u0000" + column;
    }
}
