package autogen.engine;

import autogen.codegen.sql.PreflightSql;
import autogen.diff.op.Hazard;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.MigrationSource;
import autogen.runner.StepGuard;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The production guard. Where the environment is production, {@code upgrade} refuses a migration that
 * carries a data-loss or weakening hazard its file does not record as approved by a reviewer, and {@code downgrade}
 * refuses altogether, unless destructive steps are allowed. Elsewhere, a downgrade that would drop a table or a
 * column holding data asks on a terminal, and refuses without one, unless they are allowed.
 */
final class ProductionGuard implements StepGuard {
    /** The hazards an upgrade in production runs only when allowed: they lose data or weaken the schema. */
    private static final Set<String> DESTRUCTIVE = Set.of("DELETES_DATA", "NARROWS_TYPE", "WEAKENS_SCHEMA");
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String UNDEFINED_COLUMN = "42703";
    private static final String HOW_TO_ALLOW = "--allow-destructive (or " + RunPolicy.ALLOW_DESTRUCTIVE + "=1)";

    private final RunPolicy policy;
    private final List<String> productionNames;

    ProductionGuard(RunPolicy policy, List<String> productionNames) {
        this.policy = policy;
        this.productionNames = productionNames;
    }

    /** The variable that says this is production, as {@code ENVIRONMENT=production}; empty elsewhere. */
    Optional<String> production() {
        return policy.production(productionNames);
    }

    @Override
    public void approve(boolean upgrade, List<MigrationSource> steps, Connection connection) throws SQLException {
        if (policy.allowDestructive()) {
            return;
        }
        Optional<String> production = production();
        if (upgrade) {
            production.ifPresent(environment -> refuseDestructiveUpgrades(environment, steps));
            return;
        }
        if (production.isPresent()) {
            throw new AutogenException(Failure.REFUSED, "downgrade refused: " + production.get() + ", where a"
                    + " downgrade can lose data (it would revert " + names(steps) + "); run again with " + HOW_TO_ALLOW
                    + " if it is meant");
        }
        List<String> losses = new ArrayList<>();
        for (MigrationSource step : steps) {
            for (DowngradeDrops.Drop drop : DowngradeDrops.of(step)) {
                if (holdsData(connection, drop)) {
                    losses.add(drop + " (of " + step.name() + ")");
                }
            }
        }
        if (losses.isEmpty()) {
            return;
        }
        String what = "the downgrade drops " + String.join(", ", losses) + ", which hold" + (losses.size() == 1
                ? "s" : "") + " data";
        if (policy.terminal().isPresent()) {
            if (!policy.terminal().get().test(capitalized(what) + ". Go on? [y/N] ")) {
                throw new AutogenException(Failure.REFUSED, "downgrade not run: " + what);
            }
            return;
        }
        throw new AutogenException(Failure.REFUSED, "downgrade refused: " + what + "; run again with " + HOW_TO_ALLOW
                + " if that is meant");
    }

    /**
     * Refuses the upgrade when a step carries a destructive hazard that its file does not record as approved by a
     * reviewer ({@code @MigrationInfo(approved = ...)}), naming each such step and hazard and how to approve it.
     */
    private static void refuseDestructiveUpgrades(String environment, List<MigrationSource> steps) {
        List<String> refused = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (MigrationSource step : steps) {
            List<String> hazards = step.hazards().stream()
                    .filter(h -> DESTRUCTIVE.contains(h) && !step.approved().contains(h)).toList();
            if (!hazards.isEmpty()) {
                // A misspelt approval approves nothing: say so, or the reviewer looks for the fault elsewhere.
                List<String> unknown = step.approved().stream().filter(a -> Hazard.named(a).isEmpty()).toList();
                refused.add(step.name() + " carries " + String.join(", ", hazards) + (unknown.isEmpty() ? ""
                        : " (its approved " + String.join(", ", unknown) + " names no hazard)"));
                codes.addAll(hazards);
            }
        }
        if (!refused.isEmpty()) {
            String quoted = codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
            throw new AutogenException(Failure.REFUSED, "upgrade refused: " + environment + ", and "
                    + String.join("; ", refused) + ", not approved by a reviewer; once reviewed, record it in the"
                    + " file before it is applied anywhere (@MigrationInfo(approved = {" + quoted + "}), which autogen"
                    + " revision --approve " + String.join(" --approve ", codes) + " writes), or run again with "
                    + HOW_TO_ALLOW);
        }
    }

    /** Whether the table has a row, or the column a value; a table that is not there holds nothing. */
    private static boolean holdsData(Connection connection, DowngradeDrops.Drop drop) throws SQLException {
        String sql = drop.column().map(c -> PreflightSql.anyValue(drop.table(), c))
                .orElseGet(() -> PreflightSql.anyRow(drop.table()));
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            // No such table or column: the downgrade will say so itself, and it drops no data of it.
            if (UNDEFINED_TABLE.equals(e.getSQLState()) || UNDEFINED_COLUMN.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static String names(List<MigrationSource> steps) {
        return String.join(", ", steps.stream().map(MigrationSource::name).toList());
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
