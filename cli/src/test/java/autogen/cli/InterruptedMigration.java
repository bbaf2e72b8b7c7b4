package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A lock-safe migration on a table of 200,000 rows and the means to stop its runner where a test wants: a trigger
 * on the history table that makes the runner wait, on a lock the test holds, as it records that a given number of
 * statements are done (before that part commits), and blockers that keep a long step running (a writer's open
 * transaction holds a concurrent index build, a lock holds a validation). Nothing in autogen knows of it.
 */
final class InterruptedMigration {
    static final String BASE = "20261201000000";
    static final String LOCK_SAFE = "20261201000100";
    static final int ROWS = 200_000;
    /** The test's own advisory lock, on which the trigger makes the runner wait. */
    private static final int HOLD = 4242;

    /**
     * The upgrade's statements, one part each unless joined: 1 add column; 2, 3 a unique index built concurrently
     * (cleanup, build); 4, 5 the unique key on it and a foreign key NOT VALID; 6 its validation; 7 a check NOT
     * VALID; 8 its validation; 9, 10 SET NOT NULL and the check dropped; 11, 12 an index built concurrently.
     * The progress each part records as it commits.
     */
    static final List<Integer> UPGRADE_PROGRESS = List.of(1, 2, 3, 5, 6, 7, 8, 10, 11, 12);
    /** The downgrade: 1 the index dropped concurrently; 2 to 5 in one transaction. */
    static final List<Integer> DOWNGRADE_PROGRESS = List.of(1, 5);

    private InterruptedMigration() {
    }

    static void writeMigrations(Path folder) {
        MigrationFiles.write(folder, BASE, List.of(), "Books",
                MigrationFiles.execute("create table authors (id bigint primary key)")
                        + MigrationFiles.execute("create table books (id bigint primary key, title character"
                        + " varying(200), author_id bigint)"),
                MigrationFiles.execute("drop table books") + MigrationFiles.execute("drop table authors"));
        MigrationFiles.write(folder, LOCK_SAFE, List.of(BASE), "Lock safe",
                """
                op.addColumn("books", column("isbn", "character varying(20)"));
                        op.addUniqueConstraintUsingIndex("books", "uq_books_isbn", "isbn");
                        op.addForeignKeyNotValid("books", "fk_books_author_id_authors",
                                foreignKey("author_id").references("authors", "id"));
                        op.setNotNullOnline("books", "title");
                        op.createIndexConcurrently("books", "ix_books_title", "title");""",
                """
                op.dropIndexConcurrently("books", "ix_books_title");
                        op.alterColumn("books", "title", dropNotNull());
                        op.dropConstraint("books", "fk_books_author_id_authors");
                        op.dropConstraint("books", "uq_books_isbn");
                        op.dropColumn("books", "isbn");""");
    }

    static void fillRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into authors select g from generate_series(1, 1000) as g");
            s.execute("insert into books select g, 'title ' || g, 1 + g % 1000 from generate_series(1, " + ROWS
                    + ") as g");
            s.execute("analyze");
        }
    }

    /** Makes a runner wait as it records {@code stepsDone} for a {@code direction} row, while the test holds. */
    static void stopAt(Connection c, String direction, int stepsDone) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create function test_stop() returns trigger language plpgsql as $$ begin"
                    + " if new.status = 'running' and new.direction = '" + direction + "' and new.steps_done = "
                    + stepsDone + " then perform pg_advisory_lock(" + HOLD + "); end if; return new; end $$");
            s.execute("create trigger test_stop before insert or update on autogen_version for each row"
                    + " execute function test_stop()");
        }
    }

    static void removeStop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop trigger test_stop on autogen_version");
            s.execute("drop function test_stop()");
        }
    }

    /** The connection that holds the stop; closing it lets the runner go. */
    static Connection hold(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + HOLD + ")");
        }
        return c;
    }

    static boolean waitingAtStop(Connection c) {
        return count(c, "select count(*) from pg_locks where locktype = 'advisory' and objid = " + HOLD
                + " and not granted") > 0;
    }

    /** A concurrent index build (or drop) of books waits for the writers before it. */
    static boolean indexBuildWaiting(Connection c) {
        return count(c, "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and (query like"
                + " 'create % concurrently%' or query like 'drop index concurrently%')") > 0;
    }

    /** A validation of books waits for the lock the test holds on it. */
    static boolean validationWaiting(Connection c) {
        return count(c, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like '%validate constraint%'") > 0;
    }

    /** An open transaction that has run {@code sql}: a writer's row lock, or a table's lock, held until closed. */
    static Connection openTransaction(String url, String sql) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return c;
    }

    /** A writer's open transaction: a concurrent index build or drop of books waits for it to end. */
    static Connection writer(String url) throws SQLException {
        return openTransaction(url, "update books set title = title where id = 1");
    }

    static boolean noRunner(Connection c) {
        return count(c, "select count(*) from pg_locks where locktype = 'advisory' and objid <> " + HOLD) == 0;
    }

    /** Every index valid and every constraint validated, as "name:valid", for books. */
    static List<String> validity(Connection c) throws SQLException {
        List<String> state = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select c.relname || ':' ||"
                + " i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid where i.indrelid ="
                + " 'books'::regclass union all select conname || ':' || convalidated from pg_constraint where"
                + " conrelid = 'books'::regclass order by 1")) {
            while (rs.next()) {
                state.add(rs.getString(1));
            }
        }
        return state;
    }

    /** The rows that succeeded, "revision direction", and the rows that did not, "revision direction status". */
    static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select revision, direction, status from autogen_version order by id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    static List<String> succeeded(List<String> history) {
        return history.stream().filter(r -> r.endsWith(" success")).toList();
    }

    static String summary(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*), count(isbn),"
                + " count(title), sum(author_id) from books")) {
            rs.next();
            return rs.getLong(1) + " rows, " + rs.getLong(2) + " isbn, " + rs.getLong(3) + " titles, author sum "
                    + rs.getLong(4);
        } catch (SQLException noIsbn) {
            c.rollback();
            throw noIsbn;
        }
    }

    static CliProcess start(Path folder, String url, Path migrations, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--migrations", migrations.toString(), "--db", url, "--lock-timeout", "120"));
        return CliProcess.start(folder, Map.of(), null, args.toArray(String[]::new));
    }

    static int count(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "waited in vain for " + what);
            Thread.sleep(20);
        }
    }

    static void assertExit(int expected, CliProcess.Result result) {
        assertEquals(expected, result.exitCode(), result.out() + result.err());
    }
}
