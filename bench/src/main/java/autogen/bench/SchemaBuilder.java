package autogen.bench;

import autogen.codegen.sql.PostgresSqlRenderer;
import autogen.diff.MigrationPlan;
import autogen.diff.op.Operation;
import autogen.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the entities' schema on an empty database with autogen's own pipeline (diff against the empty
 * catalog, each operation rendered by PostgresSqlRenderer), so the database is exactly in sync with the model.
 */
final class SchemaBuilder {
    private SchemaBuilder() {
    }

    /**
     * Statements per transaction: one transaction creating thousands of tables runs out of PostgreSQL's lock
     * table ("out of shared memory", max_locks_per_transaction), and plan order keeps every prefix valid.
     */
    private static final int STATEMENTS_PER_COMMIT = 500;

    /** Builds the schema in transactions of a few hundred statements; returns the number of statements run. */
    static int build(CheckPipeline pipeline, String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            MigrationPlan plan = pipeline.check(c);
            PostgresSqlRenderer renderer = new PostgresSqlRenderer();
            int statements = 0;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (Operation op : plan.up()) {
                    for (String sql : op.accept(renderer)) {
                        s.addBatch(sql);
                        if (++statements % STATEMENTS_PER_COMMIT == 0) {
                            s.executeBatch();
                            c.commit();
                        }
                    }
                }
                s.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            MigrationPlan again = pipeline.check(c);
            if (!again.isEmpty()) {
                throw new IllegalStateException("the built schema is not in sync: " + again.up().size()
                        + " operations remain, the first " + again.up().get(0));
            }
            return statements;
        }
    }

    /** The number of tables of a model, for the report. */
    static int tables(Schema schema) {
        return schema.tables().size();
    }
}
