package autogen.introspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Asks PostgreSQL how it spells column specs by declaring them as the columns of temporary tables, at most
 * {@value #COLUMNS_PER_TABLE} to a table, all in one statement, and reading them back in one query.
 */
final class SpellingProbe {
    /** PostgreSQL allows 1600 columns per table; staying well below leaves room for wide types. */
    static final int COLUMNS_PER_TABLE = 1000;
    private static final String TABLE_PREFIX = Scratch.PREFIX + "columns_";

    private final Connection c;
    private final Map<ColumnSpec, TargetNormalizer.ColumnOwner> owners;

    /** {@code owners} holds the specs to probe, each with the first column using it, for error messages. */
    SpellingProbe(Connection c, Map<ColumnSpec, TargetNormalizer.ColumnOwner> owners) {
        this.c = c;
        this.owners = owners;
    }

    /** What PostgreSQL makes of each spec; runs inside a {@link Scratch} transaction. */
    Map<ColumnSpec, SpelledColumn> canonicalize() throws SQLException {
        List<ColumnSpec> specs = List.copyOf(owners.keySet());
        if (specs.isEmpty()) {
            return Map.of();
        }
        List<Scratch.Probe> probes = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (int from = 0; from < specs.size(); from += COLUMNS_PER_TABLE) {
            tables.add(TABLE_PREFIX + from / COLUMNS_PER_TABLE);
            probes.add(probe(tables.get(tables.size() - 1), from,
                    specs.subList(from, Math.min(specs.size(), from + COLUMNS_PER_TABLE))));
        }
        Scratch.execute(c, probes);
        Map<String, SpelledColumn> byColumn = CatalogQuery.run(c, "probe-columns.sql", tables,
                        row -> Map.entry(row.getString("column_name"), spelled(row))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<ColumnSpec, SpelledColumn> canonical = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            SpelledColumn spelled = byColumn.get(column(i));
            if (spelled == null) {
                // A spec that declared something else than one column (one that ContainedFragments let through).
                throw new TargetRejectedException("PostgreSQL rejects " + owners.get(specs.get(i)) + " ("
                        + specs.get(i).describe() + "): it does not declare one column");
            }
            canonical.put(specs.get(i), spelled);
        }
        return canonical;
    }

    /** One table declaring the chunk, or, to find what PostgreSQL rejects, one table per spec. */
    private Scratch.Probe probe(String table, int first, List<ColumnSpec> chunk) {
        String columns = IntStream.range(0, chunk.size())
                .mapToObj(i -> Scratch.quote(column(first + i)) + " " + chunk.get(i).definition())
                .collect(Collectors.joining(", "));
        List<Scratch.Step> pieces = IntStream.range(0, chunk.size())
                .mapToObj(i -> new Scratch.Step(createTable(table + "_" + i, "\"c\" " + chunk.get(i).definition()),
                        owners.get(chunk.get(i)) + " (" + chunk.get(i).describe() + ")"))
                .toList();
        return new Scratch.Probe(createTable(table, columns), pieces);
    }

    private static String createTable(String table, String columns) {
        return "create temporary table " + Scratch.quote(table) + " (" + columns + ")";
    }

    private static String column(int index) {
        return "c" + index;
    }

    private static SpelledColumn spelled(ResultSet row) throws SQLException {
        return new SpelledColumn(row.getString("type"), Optional.ofNullable(row.getString("default_expression")),
                row.getBoolean("not_null"), Optional.ofNullable(row.getString("generated_expression")));
    }
}
