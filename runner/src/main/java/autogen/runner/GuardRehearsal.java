package autogen.runner;

import autogen.migration.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Runs the guards of a migration that runs in parts before any of its parts commits. A guard in the first part
 * already refuses before anything is committed; one in a later part would refuse after earlier parts stayed. So
 * the transactional statements up to the last guard (which the guards may need: a column the migration adds or
 * renames) run in one transaction that is always rolled back; a guard that refuses there refuses the migration
 * with nothing changed. Statements outside a transaction are left out (they build or drop indexes and validate,
 * which no guard reads); should a statement that needed one fail, the rehearsal stops and the guards run in place.
 */
final class GuardRehearsal {
    private GuardRehearsal() {
    }

    /** The statements to rehearse from {@code from}: empty when every guard is in the first part to run. */
    static List<Statement> statements(List<Statement> statements, int from) {
        int lastGuard = IntStream.range(from, statements.size()).filter(i -> statements.get(i).guard()).max()
                .orElse(-1);
        boolean inFirstPart = IntStream.range(from, lastGuard + 1).allMatch(i -> statements.get(i).transactional());
        if (lastGuard < 0 || inFirstPart) {
            return List.of();
        }
        return statements.subList(from, lastGuard + 1).stream().filter(Statement::transactional).toList();
    }

    /** The refusal of the guard that refused, after rolling back everything the rehearsal ran. */
    static Optional<String> refusal(Connection connection, List<Statement> rehearsed) throws SQLException {
        if (rehearsed.isEmpty()) {
            return Optional.empty();
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (java.sql.Statement st = connection.createStatement()) {
            for (Statement statement : rehearsed) {
                try {
                    st.execute(statement.sql());
                } catch (SQLException e) {
                    return statement.guard() ? Optional.of(MigrationRunner.firstLine(e.getMessage()))
                            : Optional.empty();
                }
            }
            return Optional.empty();
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
