package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table built with {@code bigserial} whose entity says {@code GenerationType.IDENTITY}: by default the migration
 * converts the column, on its rows, and new rows get ids after the highest old one, up and down; with
 * {@code serial.as-identity=true} the two are no difference.
 */
class SerialIdentityTest {
    private static final String PKG = "autogen.serial";
    private static final String BUILT_BY_HAND = """
            create table customers (id bigserial primary key, name varchar(100) not null);
            insert into customers (name) values ('a'), ('b'), ('c'), ('d');
            delete from customers where id = 4;
            """;
    /** A serial (integer) id that an entity's Long makes a bigint identity: a conversion and a type change. */
    private static final String INTEGER_SERIAL = """
            create table accounts (id serial primary key);
            insert into accounts default values;
            """;

    @TempDir
    Path temp;

    @Test
    void aSerialColumnBecomesAnIdentityOnItsRowsAndComesBack() throws Exception {
        CliHarness cli = new CliHarness("serial");
        execute(cli, BUILT_BY_HAND + INTEGER_SERIAL);
        Schema built = cli.introspect();
        String[] options = options(cli, "");

        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("column public.customers.id: serial (sequence public.customers_id_seq) ->"
                + " identity"), check.out());
        assertFalse(check.out().contains("nextval"), "no advice to write nextval in an annotation:\n" + check.out());

        CliHarness.Run revision = cli.run(concat(new String[] {"-m", "Identity"}, options));
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        String file = Files.readString(CliHarness.files(temp.resolve("migrations")).get(0));
        assertTrue(file.contains("op.convertSerialToIdentity(\"customers\", \"id\", \"customers_id_seq\", false);"),
                file);
        assertTrue(file.contains("op.convertIdentityToSerial(\"customers\", \"id\", \"customers_id_seq\", 1, 1);"),
                file);

        CliHarness.Run upgrade = cli.run(concat(new String[] {"upgrade", "head"}, options));
        assertEquals(0, upgrade.exitCode(), upgrade.out() + upgrade.err());
        assertEquals("d", identityColumn(cli));
        assertEquals(5, insert(cli, "e"), "after the highest id the old sequence gave (4, whose row is gone)");
        assertEquals(6, insert(cli, "f"));
        assertEquals("2", single(cli, "insert into accounts default values returning id"), "serial to bigint identity");
        assertEquals("bigint", single(cli, "select format_type(atttypid, atttypmod) from pg_attribute"
                + " where attrelid = 'accounts'::regclass and attname = 'id'"));
        CliHarness.Run after = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, after.exitCode(), after.out() + after.err());

        CliHarness.Run downgrade = cli.run(concat(new String[] {"downgrade", "base"}, options));
        assertEquals(0, downgrade.exitCode(), downgrade.out() + downgrade.err());
        assertEquals("", identityColumn(cli));
        assertEquals(built, cli.introspect(), "the serial column, its default and its owned sequence are back");
        assertEquals("public.customers_id_seq", serialSequence(cli));
        assertEquals(7, insert(cli, "g"), "after the highest id the identity gave");
        assertEquals("3", single(cli, "insert into accounts default values returning id"));

        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(8, insert(cli, "h"));
    }

    @Test
    void serialAsIdentityMakesThemTheSame() throws Exception {
        CliHarness cli = new CliHarness("serial_same");
        execute(cli, BUILT_BY_HAND + "create table accounts (id bigserial primary key);");
        String[] options = options(cli, "serial.as-identity=true\n");
        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        CliHarness.Run revision = cli.run(concat(new String[] {"-m", "Nothing"}, options));
        assertTrue(revision.out().startsWith("No changes"), revision.out());

        // An entity that assigns its ids: the serial default is a rule only the database has, and the advice
        // names the mapping that states it, never a nextval in an annotation.
        CliHarness.Run assigned = cli.run(concat(new String[] {"check"}, options(cli, "", "")));
        assertEquals(0, assigned.exitCode(), assigned.out() + assigned.err());
        assertTrue(assigned.out().contains("default customers.id (nextval('customers_id_seq'::regclass)): a sequence's"
                + " next value; for a serial column, @GeneratedValue(strategy = GenerationType.IDENTITY) on"
                + " Customer.id with serial.as-identity=true in autogen.properties"), assigned.out());
        assertFalse(assigned.out().contains("@ColumnDefault"), assigned.out());

        CliHarness.Run wrong = cli.run(concat(new String[] {"check"}, options(cli, "serial.as-identity=yes\n")));
        assertEquals(3, wrong.exitCode(), wrong.err());
        assertEquals("autogen: serial.as-identity must be true or false, not 'yes'", wrong.err().strip());
    }

    private String[] options(CliHarness cli, String settings) throws Exception {
        return options(cli, settings, "@GeneratedValue(strategy = GenerationType.IDENTITY) ");
    }

    /** The customer's id mapped with {@code generation}. */
    private String[] options(CliHarness cli, String settings, String generation) throws Exception {
        Path classes = EntitySources.compile(temp.resolve("entities" + generation.hashCode()), Map.of(PKG
                + ".Customer", "package " + PKG + ";\n\nimport jakarta.persistence.*;\n\n"
                + "@Entity @Table(name = \"customers\")\npublic class Customer {\n"
                + "    @Id " + generation + "Long id;\n"
                + "    @Column(length = 100, nullable = false) String name;\n}\n", PKG + ".Account", "package " + PKG
                + ";\n\nimport jakarta.persistence.*;\n\n@Entity @Table(name = \"accounts\")\npublic class Account {\n"
                + "    @Id " + generation + "Long id;\n}\n"));
        Path config = temp.resolve("autogen-" + settings.hashCode() + ".properties");
        Files.writeString(config, "metadata.enabled=false\n" + settings);
        return new String[] {"--config", config.toString(), "--packages", PKG, "--class-path", classes.toString(),
                "--migrations", temp.resolve("migrations").toString(), "--db", cli.jdbcUrl()};
    }

    /** The id a new row gets. */
    private static long insert(CliHarness cli, String name) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("insert into customers (name) values ('" + name + "') returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String identityColumn(CliHarness cli) throws Exception {
        return single(cli, "select attidentity from pg_attribute where attrelid = 'customers'::regclass"
                + " and attname = 'id'");
    }

    private static String serialSequence(CliHarness cli) throws Exception {
        return single(cli, "select pg_get_serial_sequence('customers', 'id')");
    }

    private static String single(CliHarness cli, String query) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(CliHarness cli, String sql) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
