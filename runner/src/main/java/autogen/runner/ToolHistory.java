package autogen.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The history table a migration tool keeps (Flyway's, dbmate's, Liquibase's): read to tell where a database that
 * tool migrated is, and written beside autogen's own when autogen applies or reverts that tool's files, so that the
 * tool agrees afterwards.
 */
public interface ToolHistory {
    /** The keys of the entries the tool's table records as applied; none when the table does not exist. */
    Set<String> appliedKeys(Connection connection) throws SQLException;

    /** Records {@code entries} as applied, creating the table as the tool would when it is missing. */
    void record(Connection connection, List<ToolEntry> entries, long millis) throws SQLException;

    /** Removes {@code entries}: as far as the tool can tell, they were never applied. */
    void remove(Connection connection, List<ToolEntry> entries) throws SQLException;
}
