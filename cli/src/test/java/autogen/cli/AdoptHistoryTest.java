package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose schema was built by hand (or by another tool) is adopted: a baseline writes the first
 * migration from it and records the database at it, or stamp records it at migrations that build the same
 * schema; check --db is then in sync, new databases get the same schema, and the next revision upgrades it.
 */
class AdoptHistoryTest {
    private static final String HAND_BUILT = "create table notes (id bigint primary key, body character varying(200),"
            + " created_on date default current_date)";

    @TempDir
    Path temp;

    @Test
    void aBaselineAdoptsTheDatabaseAndTheNextRevisionUpgradesIt() throws Exception {
        CliHarness handBuilt = new CliHarness("baseline");
        execute(handBuilt, HAND_BUILT, "insert into notes (id, body) values (1, 'kept')");
        Schema built = handBuilt.introspect();
        String[] v1 = options(handBuilt, notes(""));

        CliHarness.Run baseline = handBuilt.run(concat(new String[] {"baseline", "-m", "Baseline"}, v1));
        assertEquals(0, baseline.exitCode(), baseline.err());
        assertTrue(baseline.out().contains("which builds the schema of postgresql://"), baseline.out());
        assertEquals(1, CliHarness.files(migrations()).size());
        assertEquals(0, handBuilt.run(concat(new String[] {"check"}, v1)).exitCode(), "in sync after the baseline");
        assertTrue(handBuilt.run(concat(new String[] {"status"}, v1)).out().startsWith("applied  "));

        CliHarness fresh = new CliHarness("baseline_fresh");
        assertEquals(0, fresh.run(concat(new String[] {"upgrade", "head"}, options(fresh, notes("")))).exitCode());
        assertEquals(built, fresh.introspect(), "a new database gets the same schema from the migrations");

        String[] v2 = options(handBuilt, notes("    String title;\n"));
        assertEquals(0, handBuilt.run(concat(new String[] {"-m", "Add title"}, v2)).exitCode());
        assertEquals(0, handBuilt.run(concat(new String[] {"upgrade", "head"}, v2)).exitCode());
        assertEquals(0, handBuilt.run(concat(new String[] {"check"}, v2)).exitCode());

        CliHarness.Run again = handBuilt.run(concat(new String[] {"baseline", "-m", "Again"}, v2));
        assertEquals(3, again.exitCode(), again.err());
        assertTrue(again.err().contains("a baseline is the first migration, and "), again.err());
    }

    @Test
    void aBaselineSaysItWasReadFromTheDatabaseAndKeepsSerialSequencesOwned() throws Exception {
        CliHarness handBuilt = new CliHarness("baseline_serial");
        execute(handBuilt, "create table notes (id bigserial primary key, body character varying(200),"
                + " created_on date default current_date)", "insert into notes (body) values ('kept')");
        Schema built = handBuilt.introspect();
        assertTrue(built.sequences().get(0).ownedBy().isPresent(), built.sequences().toString());
        CliHarness.Run baseline = handBuilt.run(concat(new String[] {"baseline", "-m", "Baseline"},
                options(handBuilt, notes(""))));
        assertEquals(0, baseline.exitCode(), baseline.err());
        String file = Files.readString(CliHarness.files(migrations()).get(0));
        assertTrue(file.contains(" * Read by autogen from a database's schema (a baseline); that database is stamped"
                + " at this revision, so it never runs there.\n * New databases get the same schema from {@code"
                + " autogen upgrade head}."), file);
        assertFalse(file.contains("Written by autogen from the entities"), file);
        assertTrue(file.contains("op.setSequenceOwner(\"notes_id_seq\", \"notes\", \"id\");"), file);

        CliHarness fresh = new CliHarness("baseline_serial_fresh");
        assertEquals(0, fresh.run(concat(new String[] {"upgrade", "head"}, options(fresh, notes("")))).exitCode());
        assertEquals(built, fresh.introspect(), "the same schema, the sequence owned by its column included");
        assertEquals("public.notes_id_seq", serialSequence(fresh));
        assertEquals(0, fresh.run(concat(new String[] {"downgrade", "base"}, options(fresh, notes("")))).exitCode());
        assertEquals(Schema.empty().sequences(), fresh.introspect().sequences(), "the downgrade drops the sequence");
    }

    @Test
    void stampRecordsADatabaseAtMigrationsThatBuildWhatItHas() throws Exception {
        CliHarness reference = new CliHarness("stamp_reference");
        execute(reference, HAND_BUILT);
        assertEquals(0, reference.run(concat(new String[] {"baseline", "-m", "Baseline"},
                options(reference, notes("")))).exitCode());

        CliHarness handBuilt = new CliHarness("stamp");
        execute(handBuilt, HAND_BUILT);
        String[] v1 = options(handBuilt, notes(""));
        CliHarness.Run upgrade = handBuilt.run(concat(new String[] {"upgrade", "head"}, v1));
        assertEquals(5, upgrade.exitCode(), "the tables are there already: " + upgrade.err());
        CliHarness.Run stamp = handBuilt.run(concat(new String[] {"stamp", "head"}, v1));
        assertEquals(0, stamp.exitCode(), stamp.err());
        assertTrue(stamp.out().contains("Done: ") && stamp.out().contains(" is now at "), stamp.out());
        assertEquals(0, handBuilt.run(concat(new String[] {"check"}, v1)).exitCode());
        assertTrue(handBuilt.run(concat(new String[] {"upgrade", "head"}, v1)).out().startsWith("Nothing to upgrade"));

        String[] v2 = options(handBuilt, notes("    String title;\n"));
        assertEquals(0, handBuilt.run(concat(new String[] {"-m", "Add title"}, v2)).exitCode());
        assertEquals(0, handBuilt.run(concat(new String[] {"upgrade", "head"}, v2)).exitCode());
        assertEquals(0, handBuilt.run(concat(new String[] {"check"}, v2)).exitCode());
        assertEquals(0, handBuilt.run(concat(new String[] {"stamp", "base"}, v2)).exitCode());
        assertEquals("base (no migration applied)", handBuilt.run(concat(new String[] {"current"}, v2)).out().strip());
    }

    private Path notes(String fields) throws Exception {
        Path classes = EntitySources.compile(temp.resolve("entities-" + fields.hashCode()), List.of(
                "package autogen.adopt;",
                "import jakarta.persistence.*;",
                "import org.hibernate.annotations.ColumnDefault;",
                "@Entity @Table(name = \"notes\") public class Note {",
                "    @Id Long id;",
                "    @Column(length = 200) String body;",
                "    @Column(name = \"created_on\") @ColumnDefault(\"current_date\") java.time.LocalDate createdOn;",
                fields + "}").stream().reduce((a, b) -> a + "\n" + b).map(s -> java.util.Map.of("autogen.adopt.Note",
                s)).orElseThrow());
        Path config = temp.resolve("autogen-" + fields.hashCode() + ".properties");
        Files.writeString(config, "entity.packages=autogen.adopt\nclass.path=" + classes + "\nmigrations="
                + migrations() + "\nmetadata.enabled=false\n");
        return config;
    }

    private String[] options(CliHarness cli, Path config) {
        return new String[] {"--config", config.toString(), "--db", cli.jdbcUrl()};
    }

    private Path migrations() {
        return temp.resolve("migrations");
    }

    private static String serialSequence(CliHarness cli) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select pg_get_serial_sequence('notes', 'id')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(CliHarness cli, String... statements) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
