package autogen.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.util.PSQLException;

/**
 * Asks PostgreSQL how it spells column specs by declaring them in temporary tables inside a transaction
 * that is always rolled back, one table per chunk of specs.
 */
final class SpellingProbe {
    /** PostgreSQL allows 1600 columns per table; staying well below leaves room for wide types. */
    static final int COLUMNS_PER_TABLE = 1000;
    private static final String TABLE_PREFIX = "autogen_probe_";

    private final Connection c;
    private final Map<ColumnSpec, String> owners;

    /** {@code owners} holds the specs to probe, each with the first column using it, for error messages. */
    SpellingProbe(Connection c, Map<ColumnSpec, String> owners) {
        this.c = c;
        this.owners = owners;
    }

    /** The canonical spelling of each spec, in one create and one catalog query per chunk. */
    Map<ColumnSpec, ColumnSpec> canonicalize() throws SQLException {
        List<ColumnSpec> specs = List.copyOf(owners.keySet());
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Savepoint start = c.setSavepoint();
        try {
            Map<ColumnSpec, ColumnSpec> canonical = new HashMap<>();
            for (int from = 0; from < specs.size(); from += COLUMNS_PER_TABLE) {
                List<ColumnSpec> chunk = specs.subList(from, Math.min(specs.size(), from + COLUMNS_PER_TABLE));
                canonical.putAll(probe(chunk, TABLE_PREFIX + from / COLUMNS_PER_TABLE));
            }
            return canonical;
        } finally {
            c.rollback(start);
            c.releaseSavepoint(start);
            if (autoCommit) {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private Map<ColumnSpec, ColumnSpec> probe(List<ColumnSpec> chunk, String table) throws SQLException {
        Savepoint beforeCreate = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute(createTable(table, chunk));
        } catch (SQLException e) {
            c.rollback(beforeCreate);
            throw offender(chunk).orElseGet(() -> rejected("a probe table of " + chunk.size() + " columns", e));
        }
        List<ColumnSpec> spelled = read(table);
        if (spelled.size() != chunk.size()) {
            throw new IllegalStateException("probe table " + table + " has " + spelled.size() + " columns, not "
                    + chunk.size());
        }
        Map<ColumnSpec, ColumnSpec> canonical = new HashMap<>();
        IntStream.range(0, chunk.size()).forEach(i -> canonical.put(chunk.get(i), spelled.get(i)));
        return canonical;
    }

    private List<ColumnSpec> read(String table) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(CatalogQuery.text("probe-columns.sql"))) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                List<ColumnSpec> spelled = new ArrayList<>();
                while (rows.next()) {
                    spelled.add(new ColumnSpec(rows.getString("type"),
                            Optional.ofNullable(rows.getString("default_expression"))));
                }
                return spelled;
            }
        }
    }

    /** Retries the failed chunk one spec at a time to name the column PostgreSQL rejects. */
    private Optional<TargetRejectedException> offender(List<ColumnSpec> chunk) throws SQLException {
        for (ColumnSpec spec : chunk) {
            Savepoint beforeTry = c.setSavepoint();
            try (Statement s = c.createStatement()) {
                s.execute(createTable(TABLE_PREFIX + "single", List.of(spec)));
            } catch (SQLException e) {
                return Optional.of(rejected(owners.getOrDefault(spec, "a column") + " (" + spec.describe() + ")", e));
            } finally {
                c.rollback(beforeTry);
            }
        }
        return Optional.empty();
    }

    private static TargetRejectedException rejected(String what, SQLException e) {
        return new TargetRejectedException("PostgreSQL rejects " + what + ": " + serverMessage(e), e);
    }

    private static String createTable(String table, List<ColumnSpec> specs) {
        String columns = IntStream.range(0, specs.size())
                .mapToObj(i -> quote("c" + i) + " " + specs.get(i).definition())
                .collect(Collectors.joining(", "));
        return "create temporary table " + quote(table) + " (" + columns + ")";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return String.valueOf(p.getServerErrorMessage().getMessage()).replaceAll("\\R", " ");
        }
        return Optional.ofNullable(e.getMessage()).flatMap(m -> m.lines().findFirst()).orElse(e.toString());
    }
}
