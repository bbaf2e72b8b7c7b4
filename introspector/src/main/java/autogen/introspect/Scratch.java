package autogen.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;

/**
 * A transaction that is always rolled back, in which the normalizer declares types and temporary tables only
 * to read back how PostgreSQL spells them.
 *
 * <p>The declarations hold text from the entities, and {@link ContainedFragments} refuses any that would reach
 * outside its place. As a second wall, they do not run as statements of their own: they are handed as a parameter
 * to a temporary PL/pgSQL function that runs them, where PostgreSQL refuses {@code COMMIT} or {@code ROLLBACK}, so
 * nothing they do can outlive the transaction.
 */
final class Scratch {
    /** Names of everything the probes declare start with this, so that leftovers would be easy to spot. */
    static final String PREFIX = "autogen_probe_";

    /** Runs the statements it is given, inside the caller's transaction; exists only in the scratch transaction. */
    private static final String RUNNER = "pg_temp." + PREFIX + "run";
    private static final String CREATE_RUNNER = "create function " + RUNNER + "(statements text) returns void"
            + " language plpgsql as $autogen$ begin execute statements; end $autogen$";
    private static final String RUN = "select " + RUNNER + "(?)";
    /** The string rules {@link SqlFragment} reads fragments by, whatever the database or role sets. */
    private static final String STANDARD_STRINGS = "set local standard_conforming_strings = on";

    /** Work done inside the scratch transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** One SQL statement of a probe and what it declares, to name it when PostgreSQL rejects it. */
    record Step(String sql, String subject) {
    }

    /**
     * A statement that declares several things at once, and the steps that declare the same things one at a
     * time, run in order only when PostgreSQL rejects the statement, to name what it rejects.
     */
    record Probe(String sql, List<Step> pieces) {
        Probe {
            pieces = List.copyOf(pieces);
        }

        static Probe of(Step step) {
            return new Probe(step.sql(), List.of(step));
        }
    }

    private Scratch() {
    }

    /**
     * One scratch transaction for several rounds of probes, opened by the first round (none when nothing needs
     * probing) and rolled back on close. The set-up (declaring enum types) runs once; each round is rolled back
     * to where it began, so its probe tables are gone and the next round may use the same names.
     */
    static final class Session implements AutoCloseable {
        private final Connection c;
        private final Work<Void> setUp;
        private Savepoint start;
        private boolean autoCommit;

        Session(Connection c, Work<Void> setUp) {
            this.c = c;
            this.setUp = setUp;
        }

        <T> T round(Work<T> work) throws SQLException {
            if (start == null) {
                autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                start = c.setSavepoint();
                try (Statement s = c.createStatement()) {
                    s.execute(STANDARD_STRINGS + "; " + CREATE_RUNNER);
                }
                setUp.run();
            }
            Savepoint round = c.setSavepoint();
            try {
                return work.run();
            } finally {
                c.rollback(round);
                c.releaseSavepoint(round);
            }
        }

        @Override
        public void close() throws SQLException {
            if (start == null) {
                return;
            }
            c.rollback(start);
            c.releaseSavepoint(start);
            if (autoCommit) {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** Executes the statements in one round trip; when PostgreSQL rejects one, names what it rejects. */
    static void execute(Connection c, List<Probe> probes) throws SQLException {
        if (probes.isEmpty()) {
            return;
        }
        Savepoint before = c.setSavepoint();
        try {
            run(c, probes.stream().map(Probe::sql).collect(Collectors.joining(";\n")));
        } catch (SQLException e) {
            c.rollback(before);
            throw culprit(c, probes).orElseGet(() -> rejected(probes.size() + " probe statements", e));
        }
        c.releaseSavepoint(before);
    }

    /** Reruns the statements one at a time, and the pieces of the first one rejected, keeping what succeeds. */
    private static Optional<TargetRejectedException> culprit(Connection c, List<Probe> probes)
            throws SQLException {
        for (Probe probe : probes) {
            Savepoint before = c.setSavepoint();
            try {
                run(c, probe.sql());
            } catch (SQLException whole) {
                c.rollback(before);
                return Optional.of(pieceRejected(c, probe, whole));
            }
        }
        return Optional.empty();
    }

    private static TargetRejectedException pieceRejected(Connection c, Probe probe, SQLException whole)
            throws SQLException {
        for (Step piece : probe.pieces()) {
            try {
                run(c, piece.sql());
            } catch (SQLException e) {
                return rejected(piece.subject(), e);
            }
        }
        return rejected(probe.pieces().get(0).subject(), whole);
    }

    /** Runs {@code statements} through the scratch transaction's runner function, as one parameter. */
    private static void run(Connection c, String statements) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RUN)) {
            s.setString(1, statements);
            s.execute();
        }
    }

    static TargetRejectedException rejected(String what, SQLException e) {
        return new TargetRejectedException(("PostgreSQL rejects " + what + ": " + serverMessage(e))
                .replaceAll("\\R", " "), e);
    }

    /** A double-quoted identifier, so probe names never clash with keywords or fold case. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A string literal that reads the same whatever {@code standard_conforming_strings} is. */
    static String literal(String value) {
        String quoted = value.replace("'", "''");
        return value.contains("\\") ? "E'" + quoted.replace("\\", "\\\\") + "'" : "'" + quoted + "'";
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return String.valueOf(p.getServerErrorMessage().getMessage());
        }
        return Optional.ofNullable(e.getMessage()).flatMap(m -> m.lines().findFirst()).orElse(e.toString());
    }
}
