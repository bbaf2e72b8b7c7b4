package autogen.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Decides, under the migration lock and before anything runs, whether the migrations an upgrade or a downgrade is
 * about to run may run here: the production guard, and the question before a downgrade drops data. It refuses by
 * throwing an {@link AutogenException}.
 */
@FunctionalInterface
public interface StepGuard {
    /** Lets everything run. */
    StepGuard NONE = (upgrade, steps, connection) -> { };

    /**
     * @param upgrade whether the steps are upgrades (else downgrades)
     * @param steps the migrations in the order they would run
     * @param connection the database they would run on, for read-only questions about its data
     */
    void approve(boolean upgrade, List<MigrationSource> steps, Connection connection) throws SQLException;
}
