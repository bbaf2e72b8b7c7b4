package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample app from an empty database to head, back to base and up again, all through the CLI. */
class SampleAppRoundTripTest {
    /** Surefire runs in the cli module's folder; the sample app is its sibling. */
    static final Path SAMPLE_CONFIG = Path.of("..", "sample-app", "autogen.properties").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void revisionUpgradeCheckDowngradeUpgrade() throws Exception {
        CliHarness cli = new CliHarness("sample");
        String migrations = temp.resolve("migrations").toString();
        String[] options = {"--config", SAMPLE_CONFIG.toString(), "--migrations", migrations, "--db", cli.jdbcUrl()};

        CliHarness.Run revision = cli.run(concat(new String[] {"revision", "-m", "Initial blog schema"}, options));
        assertEquals(0, revision.exitCode(), revision.err());
        assertEquals(1, CliHarness.files(Path.of(migrations)).size(), "one migration file written");

        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        Schema atHead = cli.introspect();
        assertEquals(List.of("comments", "post_tags", "posts", "tags", "users"),
                atHead.tables().stream().map(t -> t.name().name()).toList());

        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().startsWith("In sync"), check.out());

        assertEquals(0, cli.run(concat(new String[] {"downgrade", "base"}, options)).exitCode());
        assertEquals(Schema.empty(), cli.introspect(), "downgrade base leaves no table and no sequence");
        assertEquals(0, userTableCount(cli), "nothing but autogen's version table remains");

        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(atHead, cli.introspect(), "upgrading again rebuilds the same schema");

        // Options written before the subcommand's name count too, as in the README's first command.
        CliHarness.Run checkFirst = cli.run(concat(options, new String[] {"check"}));
        assertEquals(0, checkFirst.exitCode(), checkFirst.err());

        CliHarness.Run current = cli.run(concat(new String[] {"current"}, options));
        assertTrue(current.out().contains("Initial blog schema") && current.out().contains("(head)"), current.out());
        CliHarness.Run show = cli.run(concat(new String[] {"show", "head"}, options));
        assertTrue(show.out().contains("create table users ("), show.out());
        assertTrue(show.out().contains("drop table users;"), show.out());
    }

    private static long userTableCount(CliHarness cli) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_tables where schemaname = 'public' "
                     + "and tablename <> 'autogen_version'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
