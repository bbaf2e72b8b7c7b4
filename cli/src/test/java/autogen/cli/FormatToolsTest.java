package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.codegen.format.Formats;
import autogen.runner.MigrationCompiler;
import autogen.runner.MigrationSource;
import autogen.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each SQL format proven by its own tool on a real PostgreSQL: Flyway, dbmate and Liquibase apply autogen's files for
 * the sample app's history and for an evolution with lock-safe steps on a table with rows; autogen then finds the
 * database in sync; the tool's downgrade (dbmate rollback, Liquibase rollback; Flyway's community edition has no undo,
 * so autogen applies the U files) restores the catalog; and after autogen's own upgrade the tool finds nothing pending
 * and nothing changed. The files reviewers read are golden.
 */
class FormatToolsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "formats").toAbsolutePath();
    private static final Path SAMPLE_HISTORY = SampleAppRoundTripTest.SAMPLE_CONFIG.getParent().resolve("migrations");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(MigrationTools.class)
    void theToolAppliesTheSampleHistoryAndItsDowngradeRestoresTheCatalog(MigrationTools tool) throws Exception {
        Path migrations = temp.resolve("migrations");
        // The sample history in this format: its committed revision written again, at its time, in the format.
        MigrationSource first = new MigrationCompiler(Optional.empty()).load(SAMPLE_HISTORY).get(0);
        Clock atCreation = Clock.fixed(Instant.parse(first.created()), ZoneOffset.UTC);
        assertEquals(0, Main.commandLine(atCreation).execute("revision", "-m", first.message(), "--format",
                tool.format(), "--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations",
                migrations.toString()));
        assertGolden(migrations, tool.format() + "/sample");

        CliHarness byTool = new CliHarness("tool");
        Schema empty = byTool.introspect();
        tool.up(migrations, byTool.jdbcUrl());
        run(byTool, 0, sample(byTool, migrations, "check"));
        tool.assertAgrees(migrations, byTool.jdbcUrl());
        down(tool, byTool, migrations, sample(byTool, migrations, "downgrade", "base"), parts(migrations, 0));
        assertEquals(empty, byTool.introspect(), "the downgrade leaves nothing of the sample app");

        CliHarness byAutogen = new CliHarness("tool");
        run(byAutogen, 0, sample(byAutogen, migrations, "upgrade", "head"));
        tool.assertAgrees(migrations, byAutogen.jdbcUrl());
        run(byAutogen, 0, sample(byAutogen, migrations, "check"));
    }

    @ParameterizedTest
    @EnumSource(MigrationTools.class)
    void theToolAppliesLockSafeStepsOnATableWithRowsAndRevertsThem(MigrationTools tool) throws Exception {
        CliHarness cli = new CliHarness("tool");
        Path migrations = temp.resolve("migrations");
        Path before = EntitySources.compile(temp.resolve("before"), OnlineDdlTest.entities(
                "String code;\n    Integer qty;\n    String label;\n    @Column(name = \"owner_id\") Long ownerId;",
                null));
        Path after = EntitySources.compile(temp.resolve("after"), OnlineDdlTest.entities(
                "@Column(unique = true) String code;\n    @Check(name = \"ck_items_qty\", constraints = \"qty >= 0\")"
                        + " Integer qty;\n    @Column(nullable = false) String label;\n"
                        + "    @ManyToOne @JoinColumn(name = \"owner_id\") Owner owner;",
                "@jakarta.persistence.Table(name = \"items\", indexes = @Index(name = \"ix_items_qty\","
                        + " columnList = \"qty\"))"));
        run(cli, 0, online(cli, before, migrations, "-m", "Items", "--format", tool.format()));
        tool.up(migrations, cli.jdbcUrl());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into owners (id) select g from generate_series(1, 10) as g");
            s.execute("insert into items (id, code, qty, label, owner_id) select g, 'c' || g, g % 50, 'l', 1 + g % 10"
                    + " from generate_series(1, 5000) as g");
        }
        Schema catalogBefore = Catalogs.columnsByName(cli.introspect());

        run(cli, 0, online(cli, after, migrations, "-m", "Lock-safe"));
        assertGolden(migrations, tool.format() + "/lock-safe");
        tool.up(migrations, cli.jdbcUrl());
        run(cli, 0, online(cli, after, migrations, "check"));
        tool.assertAgrees(migrations, cli.jdbcUrl());
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from pg_index where indrelid = 'items'::regclass and not"
                     + " indisvalid")) {
            assertTrue(rs.next() && rs.getInt(1) == 0, "every index built concurrently is valid");
        }

        down(tool, cli, migrations, online(cli, after, migrations, "downgrade", "-1"), parts(migrations, 1));
        assertEquals(catalogBefore, Catalogs.columnsByName(cli.introspect()), "the downgrade reverses each step");
        run(cli, 0, online(cli, after, migrations, "upgrade", "head"));
        tool.assertAgrees(migrations, cli.jdbcUrl());
        run(cli, 0, online(cli, after, migrations, "check"));
    }

    /** Reverts with the tool as its users do; Flyway's U files are applied by autogen. */
    private static void down(MigrationTools tool, CliHarness cli, Path migrations, String[] autogenDowngrade,
                             int parts) {
        tool.down(migrations, cli.jdbcUrl(), parts, () -> run(cli, 0, autogenDowngrade));
    }

    /** How many files or changesets the migration at {@code index} (oldest first) has in its tool's history. */
    private static int parts(Path migrations, int index) {
        List<MigrationSource> sources = Formats.of(migrations, Optional.empty()).load(migrations, Optional.empty())
                .stream().sorted(java.util.Comparator.comparing(MigrationSource::revision)).toList();
        return sources.get(index).tool().orElseThrow().entries().size();
    }

    private static String[] sample(CliHarness cli, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--config",
                SampleAppRoundTripTest.SAMPLE_CONFIG.toString(), "--migrations", migrations.toString(), "--db",
                cli.jdbcUrl()});
    }

    private static String[] online(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", OnlineDdlTest.PKG, "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }

    private static CliHarness.Run run(CliHarness cli, int expected, String[] args) {
        CliHarness.Run run = cli.run(args);
        assertEquals(expected, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    /** The folder's files against the golden ones; {@code -Dgolden.update=true} rewrites them for review. */
    private static void assertGolden(Path migrations, String golden) throws Exception {
        for (Path file : CliHarness.files(migrations)) {
            Path expected = GOLDEN.resolve(golden).resolve(file.getFileName().toString());
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, Files.readString(file));
            } else if (Files.exists(expected)) {
                assertEquals(Files.readString(expected), Files.readString(file), expected + " differs: run with"
                        + " -Dgolden.update=true and review");
            }
        }
        assertTrue(Files.isDirectory(GOLDEN.resolve(golden)), GOLDEN.resolve(golden) + " is missing: run with"
                + " -Dgolden.update=true and review it");
    }
}
