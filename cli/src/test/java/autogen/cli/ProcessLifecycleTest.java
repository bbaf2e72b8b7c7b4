package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of a finished or killed autogen outlives it for long: the embedded PostgreSQL stops and its folder goes
 * whether the command ends, is interrupted, terminated or killed with {@code kill -9}; and what a crash of both the
 * command and its watchdog leaves behind is swept by the next command. Each command runs as a process of its own
 * with a temporary folder of the test's, while a migration that sleeps keeps its shadow database busy.
 */
class ProcessLifecycleTest {
    private static final Duration GONE_WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path temp;
    private Path tmp;
    private Path migrations;

    @BeforeEach
    void migrationsWithASlowStep() throws Exception {
        tmp = Files.createDirectories(temp.resolve("tmp"));
        migrations = Files.createDirectories(temp.resolve("migrations"));
        Path first = CliHarness.files(SampleAppRoundTripTest.SAMPLE_CONFIG.getParent().resolve("migrations")).get(0);
        Files.copy(first, migrations.resolve(first.getFileName()));
        Files.writeString(migrations.resolve("20261201000000_wait.java"), second(first.getFileName().toString()
                .substring(0, 14), "Wait", "select pg_sleep(120)", ""));
    }

    @Test
    void killNineStopsTheServerAndDeletesItsFolder() throws Exception {
        CliProcess check = startCheckAndWaitForItsServer();
        check.process().destroyForcibly();
        assertEverythingGoes();
    }

    @Test
    void sigtermStopsTheServerAndDeletesItsFolder() throws Exception {
        CliProcess check = startCheckAndWaitForItsServer();
        check.process().destroy();
        assertEverythingGoes();
    }

    @Test
    void sigintStopsTheServerAndDeletesItsFolder() throws Exception {
        CliProcess check = startCheckAndWaitForItsServer();
        new ProcessBuilder("kill", "-INT", String.valueOf(check.process().pid())).start().waitFor();
        assertEverythingGoes();
    }

    @Test
    void whatACrashLeftBehindIsSweptByTheNextCommand() throws Exception {
        CliProcess check = startCheckAndWaitForItsServer();
        List<ProcessHandle> watchdogs = check.process().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("sh")).orElse(false)).toList();
        assertEquals(1, watchdogs.size(), "the command has one watchdog: " + check.process().children().toList());
        watchdogs.get(0).destroyForcibly();
        watchdogs.get(0).onExit().get();
        check.process().destroyForcibly();
        check.process().onExit().get();
        Thread.sleep(2000);
        assertFalse(processesIn(tmp).isEmpty(), "with its watchdog killed too, the server outlives the command");
        assertEquals(1, folders("autogen-pg-").size());

        Files.delete(migrations.resolve("20261201000000_wait.java"));
        CliProcess.Result next = CliProcess.run(temp.resolve("next"), environment(), null, "check", "--config",
                SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations", migrations.toString());
        assertEquals(0, next.exitCode(), next.err());
        assertEverythingGoes();
    }

    @Test
    void compiledMigrationsLeaveNothingAndWhatAKilledWriteLeftIsSwept() throws Exception {
        Files.delete(migrations.resolve("20261201000000_wait.java"));
        Map<String, String> noCache = new HashMap<>(environment());
        noCache.put("AUTOGEN_CACHE_DIR", "off");
        CliProcess.Result history = CliProcess.run(temp.resolve("history"), noCache, null, "history",
                "--migrations", migrations.toString());
        assertEquals(0, history.exitCode(), history.err());
        assertEquals(List.of(), folders(""), "migrations compile in memory: the temporary folder is untouched");

        Path cache = temp.resolve("cache");
        Path abandoned = Files.createDirectories(cache.resolve("migrations").resolve(".writing-abandoned"));
        Files.writeString(abandoned.resolve("Leftover.class"), "");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Map<String, String> cached = new HashMap<>(environment());
        cached.put("AUTOGEN_CACHE_DIR", cache.toString());
        history = CliProcess.run(temp.resolve("history"), cached, null, "history", "--migrations",
                migrations.toString());
        assertEquals(0, history.exitCode(), history.err());
        try (Stream<Path> entries = Files.list(cache.resolve("migrations"))) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), "one entry, and the abandoned write swept: " + names);
            assertTrue(names.get(0).matches("[0-9a-f]{64}"), names.toString());
        }
        assertEquals(List.of(), folders(""));
    }

    @Test
    void aRehearsalKilledInTheMiddleLeavesNoCopyAndTheSourceAsItWas() throws Exception {
        CliHarness source = sourceAtTheFirstMigration();
        for (boolean kill : new boolean[] {false, true}) {
            CliProcess rehearse = CliProcess.start(temp.resolve("run"), environment(), null, "rehearse", "--db",
                    source.jdbcUrl(), "--migrations", migrations.toString());
            // The copy's server runs, and the slow migration with it.
            waitFor(() -> !processesIn(tmp).isEmpty() && folders("autogen-pg-").size() == 1, "the copy to run");
            Thread.sleep(2000);
            if (kill) {
                rehearse.process().destroyForcibly();
            } else {
                rehearse.process().destroy();
            }
            assertEverythingGoes();
        }
        assertEquals(List.of("20261122042600"), source.strings("select revision from autogen_version"));
        assertEquals(List.of(), source.strings("select nspname from pg_namespace where nspname = 'autogen_rehearsal'"));
    }

    @Test
    void aKeptCopyStaysUntilEnterAndThenGoes() throws Exception {
        Files.delete(migrations.resolve("20261201000000_wait.java"));
        Files.writeString(migrations.resolve("20261201000000_note.java"), second("20261122042600", "Note",
                "create table kept_note (id bigint primary key)", "drop table kept_note"));
        CliHarness source = sourceAtTheFirstMigration();
        try (java.sql.Connection c = source.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("insert into tags (name, slug) values ('kept', 'kept')");
        }
        CliProcess rehearse = CliProcess.start(temp.resolve("run"), environment(), null, "rehearse", "--keep",
                "--db", source.jdbcUrl(), "--migrations", migrations.toString());
        Path err = temp.resolve("run");
        String[] url = new String[1];
        waitFor(() -> {
            try (Stream<Path> files = Files.list(err)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("err-")).toList()) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("stays at (\\S+) until")
                            .matcher(CliProcess.read(f));
                    if (m.find()) {
                        url[0] = m.group(1);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return url[0] != null;
        }, "the kept copy's URL");
        CliHarness copy = CliHarness.at(url[0]);
        assertEquals(List.of("kept"), copy.strings("select name from tags"));
        assertEquals(List.of("kept_note"), copy.strings("select to_regclass('kept_note')::text"),
                "the copy is at the head, as the second upgrade left it");
        rehearse.process().getOutputStream().write('\n');
        rehearse.process().getOutputStream().flush();
        CliProcess.Result done = rehearse.await(Duration.ofMinutes(1));
        assertEquals(0, done.exitCode(), done.out() + done.err());
        assertTrue(done.out().contains("Rehearsal passed."), done.out());
        assertEverythingGoes();
    }

    /** The migration after {@code parent}: revision 20261201000000, whose upgrade and downgrade run one statement. */
    private static String second(String parent, String message, String upgrade, String downgrade) {
        return """
                import autogen.migration.Migration;
                import autogen.migration.MigrationInfo;
                import autogen.migration.Operations;

                @MigrationInfo(revision = "20261201000000", parent = "%s", message = "%s",
                        created = "2026-12-01T00:00:00Z")
                final class Migration_20261201000000 implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("%s");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(parent, message, upgrade, downgrade.isEmpty() ? "" : "op.execute(\"" + downgrade
                + "\");");
    }

    /** A database of the shared server at the sample app's first migration, the slow one pending. */
    private CliHarness sourceAtTheFirstMigration() {
        CliHarness source = new CliHarness("rehearse_process");
        CliHarness.Run up = source.run("--db", source.jdbcUrl(), "--migrations", migrations.toString(), "upgrade",
                "20261122042600");
        assertEquals(0, up.exitCode(), up.err());
        return source;
    }

    private CliProcess startCheckAndWaitForItsServer() throws Exception {
        CliProcess check = CliProcess.start(temp.resolve("run"), environment(), null, "check", "--config",
                SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations", migrations.toString());
        waitFor(() -> !processesIn(tmp).isEmpty() && folders("autogen-pg-").size() == 1,
                "the command's server to run");
        return check;
    }

    private Map<String, String> environment() {
        return Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
    }

    private void assertEverythingGoes() throws Exception {
        waitFor(() -> processesIn(tmp).isEmpty(), "no PostgreSQL process in " + tmp);
        waitFor(() -> folders("autogen-pg-").isEmpty(), "no server folder in " + tmp);
    }

    private List<Path> folders(String prefix) {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> !f.getFileName().toString().startsWith("hsperfdata")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The processes working in {@code folder}: PostgreSQL's all work in their data directory. */
    private static List<Long> processesIn(Path folder) {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                readLink(process.resolve("cwd")).filter(cwd -> cwd.startsWith(folder.toString()))
                        .ifPresent(cwd -> found.add(Long.parseLong(process.getFileName().toString())));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static Optional<String> readLink(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link).toString());
        } catch (IOException | SecurityException gone) {
            return Optional.empty();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(GONE_WITHIN.multipliedBy(2));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "waited in vain for " + what);
            Thread.sleep(50);
        }
    }
}
