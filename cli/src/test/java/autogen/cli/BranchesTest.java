package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pull requests each add a migration on the same parent: the migrations have two heads. Every command says
 * so with both ids; history lists them; merge joins them; upgrade applies both branches and the merge.
 */
class BranchesTest {
    @TempDir
    Path temp;
    private Path migrations;
    private Path base;
    private Path withA;
    private Path withB;
    private Path withBoth;
    private String revisionA;
    private String revisionB;

    @BeforeEach
    void twoBranchesFromOneParent() throws Exception {
        base = widget("base", "");
        withA = widget("a", "    String alpha;\n");
        withB = widget("b", "    String beta;\n");
        withBoth = widget("both", "    String alpha;\n    String beta;\n");
        migrations = temp.resolve("migrations");
        CliHarness cli = new CliHarness("branches_setup");
        assertEquals(0, cli.run("-m", "Widgets", "--packages", "autogen.branches", "--class-path", base.toString(),
                "--migrations", migrations.toString()).exitCode());
        // Each pull request starts from the same history and adds one migration to its own copy.
        Path copyA = copy(migrations, temp.resolve("pr-a"));
        Path copyB = copy(migrations, temp.resolve("pr-b"));
        assertEquals(0, cli.run("-m", "Add alpha", "--packages", "autogen.branches", "--class-path",
                withA.toString(), "--migrations", copyA.toString()).exitCode());
        assertEquals(0, cli.run("-m", "Add beta", "--packages", "autogen.branches", "--class-path",
                withB.toString(), "--migrations", copyB.toString()).exitCode());
        revisionA = added(copyA);
        revisionB = added(copyB);
        for (Path pr : List.of(copyA, copyB)) {
            for (Path file : CliHarness.files(pr)) {
                if (!Files.exists(migrations.resolve(file.getFileName()))) {
                    Files.copy(file, migrations.resolve(file.getFileName()));
                }
            }
        }
    }

    @Test
    void twoHeadsAreReportedWithBothIdsThenMergedAndApplied() throws Exception {
        CliHarness cli = new CliHarness("branches");
        String[] both = {"--packages", "autogen.branches", "--class-path", withBoth.toString(), "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl()};
        String heads = revisionA + " (" + revisionA;
        for (String[] command : new String[][] {{"-m", "More"}, {"upgrade", "head"}, {"check"}}) {
            CliHarness.Run run = cli.run(concat(command, both));
            assertEquals(3, run.exitCode(), String.join(" ", command) + ": " + run.out() + run.err());
            assertTrue(run.err().startsWith("autogen: the migrations have 2 heads (" + heads), run.err());
            assertTrue(run.err().contains(", " + revisionB + " (" + revisionB), run.err());
            assertTrue(run.err().contains("autogen merge -m"), run.err());
        }
        CliHarness.Run history = cli.run(concat(new String[] {"history"}, both));
        assertEquals(0, history.exitCode());
        assertTrue(history.out().contains("-> " + revisionB + " (head), Add beta"), history.out());
        assertTrue(history.out().contains("-> " + revisionA + " (head), Add alpha"), history.out());
        assertTrue(history.out().contains("(branchpoint), Widgets"), history.out());
        assertTrue(history.out().contains("2 heads (" + revisionA + ", " + revisionB + ")"), history.out());
        CliHarness.Run listed = cli.run(concat(new String[] {"heads"}, both));
        assertTrue(listed.out().startsWith(revisionA + " (head)  Add alpha"), listed.out());

        CliHarness.Run merge = cli.run(concat(new String[] {"merge", "-m", "Merge alpha and beta"}, both));
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.out().startsWith("Wrote "), merge.out());
        String merged = Files.readString(CliHarness.files(migrations).get(CliHarness.files(migrations).size() - 1));
        assertTrue(merged.contains("parents = {\"" + revisionA + "\", \"" + revisionB + "\"}"), merged);

        CliHarness.Run upgrade = cli.run(concat(new String[] {"upgrade", "head"}, both));
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        assertEquals(4, upgrade.out().lines().filter(l -> l.startsWith("  upgrade ")).count(), upgrade.out());
        assertEquals(0, cli.run(concat(new String[] {"check"}, both)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"downgrade", "base"}, both)).exitCode());
    }

    @Test
    void upgradeHeadsAppliesEveryBranchWithoutAMerge() {
        CliHarness cli = new CliHarness("branches_heads");
        String[] both = {"--packages", "autogen.branches", "--class-path", withBoth.toString(), "--migrations",
                migrations.toString(), "--db", cli.jdbcUrl()};
        CliHarness.Run upgrade = cli.run(concat(new String[] {"upgrade", "heads"}, both));
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        assertTrue(upgrade.out().contains("is now at " + revisionA + " and " + revisionB), upgrade.out());
        CliHarness.Run current = cli.run(concat(new String[] {"current"}, both));
        assertEquals(List.of(revisionA + "  Add alpha  (head)", revisionB + "  Add beta  (head)"),
                current.out().lines().toList());
        CliHarness.Run down = cli.run(concat(new String[] {"downgrade", revisionA}, both));
        assertEquals(0, down.exitCode(), down.err());
        assertTrue(down.out().startsWith("Nothing to downgrade"), "nothing applied follows it: " + down.out());
        assertEquals(0, cli.run(concat(new String[] {"downgrade", "-1"}, both)).exitCode());
        assertEquals(1, cli.run(concat(new String[] {"current"}, both)).out().lines().count());
    }

    private Path widget(String version, String fields) {
        return EntitySources.compile(temp.resolve("entities-" + version), EntitySources.entity("autogen.branches",
                "Widget", "widgets", fields));
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        for (Path file : CliHarness.files(from)) {
            Files.copy(file, to.resolve(file.getFileName()));
        }
        return to;
    }

    /** The revision of the newest migration of a folder. */
    private static String added(Path folder) {
        List<Path> files = CliHarness.files(folder);
        return files.get(files.size() - 1).getFileName().toString().substring(0, 14);
    }
}
