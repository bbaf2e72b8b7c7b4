package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * check and revision never change the database they read, whatever SQL an entity's @ColumnDefault, @Check or
 * columnDefinition holds: a fragment that would break out is refused with one line and exit 3, and the table it
 * aimed at is untouched.
 */
class EntityFragmentsTest {
    private static final String BREAKOUT =
            "0 /* ' */); commit; drop table victim; create temporary table x (y int default 0 /* ' */";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {
        "@ColumnDefault(\"" + BREAKOUT + "\")\n    Integer score;",
        "@Check(constraints = \"score > " + BREAKOUT + "\")\n    Integer score;",
        "@Column(columnDefinition = \"integer default " + BREAKOUT + "\")\n    Integer score;",
        "@ColumnDefault(\"0, c1 integer\")\n    Integer score;",
        "@ColumnDefault(\"$$x$$); drop table victim; create temporary table x (y text default $$\")\n    String score;",
    })
    void aFragmentThatWouldBreakOutIsRefusedAndTheDatabaseKeepsItsTable(String field) throws Exception {
        CliHarness cli = new CliHarness("fragments");
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create table victim (id integer primary key)");
            s.execute("insert into victim values (1), (2)");
        }
        Path classes = EntitySources.compile(temp.resolve("entities"), EntitySources.entity("autogen.fragments",
                "Scored", "scored", "    " + field));
        for (String[] command : List.of(new String[] {"check"}, new String[] {"-m", "Scores"})) {
            CliHarness.Run run = cli.run(SampleAppRoundTripTest.concat(command, new String[] {"--packages",
                    "autogen.fragments", "--class-path", classes.toString(), "--migrations",
                    temp.resolve("migrations").toString(), "--db", cli.jdbcUrl()}));
            assertEquals(3, run.exitCode(), run.out() + run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("autogen: public.scored.score (") || run.err().startsWith(
                    "autogen: public.scored check "), run.err());
            assertTrue(run.err().contains(" is not one SQL expression: it "), run.err());
        }
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from victim")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "the table and its rows are there");
        }
        assertEquals(List.of(), CliHarness.files(temp.resolve("migrations")), "no migration written");
    }
}
