package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names are what the entities say: a dot is part of a name, and a name PostgreSQL would cut is refused. */
class IdentifierTest {
    @TempDir
    Path temp;

    @Test
    void aTableNamedWithADotIsOneTableInTheDefaultSchema() throws Exception {
        CliHarness cli = new CliHarness("dotted");
        Path classes = EntitySources.compile(temp.resolve("entities"), EntitySources.entity("autogen.dotted", "Dotted",
                "`dot.ted`", "    @Column(name = \"`a.b`\")\n    String ab;"));
        String[] options = options(cli, "autogen.dotted", classes);
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"-m", "Dotted"}, options)).exitCode());
        CliHarness.Run upgrade = cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options));
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        assertEquals(List.of("public.dot.ted"), tables(cli));
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"check"}, options)).exitCode());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"downgrade", "base"}, options)).exitCode());
        assertEquals(List.of(), tables(cli));
    }

    @Test
    void aNameOfMoreThan63BytesIsRefusedNamingTheEntityTheNameAndItsLength() {
        CliHarness cli = new CliHarness("longnames");
        String table = "t".repeat(64);
        Path classes = EntitySources.compile(temp.resolve("table"),
                EntitySources.entity("autogen.longnames", "LongName", table, "    String body;"));
        for (String command : List.of("-m", "check")) {
            String[] args = command.equals("-m") ? new String[] {"-m", "Long names"} : new String[] {"check"};
            CliHarness.Run run = cli.run(SampleAppRoundTripTest.concat(args,
                    options(cli, "autogen.longnames", classes)));
            assertEquals(3, run.exitCode(), run.out() + run.err());
            assertEquals(List.of("autogen: entity autogen.longnames.LongName: the table name \"" + table
                    + "\" is 64 bytes long; PostgreSQL keeps at most 63 and would cut it: shorten it with @Table(name = ...)"),
                    run.errLines());
        }
        assertEquals(List.of(), CliHarness.files(temp.resolve("migrations")));
    }

    @Test
    void bytesCountNotCharacters() {
        CliHarness cli = new CliHarness("longnames");
        String column = "é".repeat(32);
        Path classes = EntitySources.compile(temp.resolve("column"), EntitySources.entity("autogen.longcolumn", "Wide",
                "wide", "    @Column(name = \"`" + column + "`\")\n    String body;"));
        CliHarness.Run run = cli.run(SampleAppRoundTripTest.concat(new String[] {"-m", "Wide"},
                options(cli, "autogen.longcolumn", classes)));
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("entity autogen.longcolumn.Wide: the column name \"" + column
                + "\" of table wide is 64 bytes long"), run.err());
    }

    @Test
    void aNameOf63BytesIsKeptWhole() {
        CliHarness cli = new CliHarness("longnames");
        String table = "t".repeat(63);
        Path classes = EntitySources.compile(temp.resolve("fits"), EntitySources.entity("autogen.fits", "Fits",
                table, "    String body;"));
        String[] options = options(cli, "autogen.fits", classes);
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"-m", "Fits"}, options)).exitCode());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options)).exitCode());
        CliHarness.Run check = cli.run(SampleAppRoundTripTest.concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out());
    }

    private String[] options(CliHarness cli, String packages, Path classes) {
        return new String[] {"--packages", packages, "--class-path", classes.toString(), "--migrations",
                temp.resolve("migrations").toString(), "--db", cli.jdbcUrl()};
    }

    private static List<String> tables(CliHarness cli) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select schemaname || '.' || tablename from pg_tables"
                     + " where schemaname = 'public' and tablename <> 'autogen_version' order by 1")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
