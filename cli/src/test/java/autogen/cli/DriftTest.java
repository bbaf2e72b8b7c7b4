package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.engine.DiffService;
import autogen.engine.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check --db tells the entities' differences from the migrations apart from changes made to the database by
 * hand: the latter are database drift, each object named. A database the migrations built matches the fingerprint
 * the head recorded, so telling costs no replay.
 */
class DriftTest {
    private static final String CLASSES = CliHarness.classPathOf(DriftTest.class);

    @TempDir
    Path temp;

    @Test
    void aChangeMadeByHandIsReportedAsDatabaseDrift() throws Exception {
        CliHarness cli = new CliHarness("drift");
        String[] options = {"--packages", "autogen.cli.evolution.v2", "--class-path", CLASSES, "--migrations",
                temp.toString(), "--db", cli.jdbcUrl()};
        assertEquals(0, cli.run(concat(new String[] {"-m", "Books"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());

        Settings settings = Settings.resolve(Path.of("").toAbsolutePath(), new Settings.Flags(Optional.empty(),
                Optional.of(cli.jdbcUrl()), Optional.of("autogen.cli.evolution.v2"), Optional.of(CLASSES),
                Optional.of(temp.toString())), Map.of());
        Matcher recorded = Pattern.compile("schemaAfter = \"([0-9a-f]{16})\"")
                .matcher(Files.readString(CliHarness.files(temp).get(0)));
        assertTrue(recorded.find());
        assertEquals(recorded.group(1), new DiffService().diff(settings).fingerprints().current(),
                "the database the migrations built has the fingerprint the head recorded");

        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create index books_by_hand on books (isbn)");
            s.execute("alter table authors add column nickname text");
        }
        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("2 changes made to postgresql://"), check.out());
        assertTrue(check.out().contains("outside its migrations (database drift):"), check.out());
        assertTrue(check.out().contains("add column public.authors.nickname text null"), check.out());
        assertTrue(check.out().contains("create index books_by_hand on public.books [isbn]"), check.out());
    }

    /** Customers as a DBA built them: PostgreSQL's own names for every key and check. */
    private static final String HAND_BUILT = """
            create table customers (id bigint not null, email varchar(255), name varchar(100) not null,
                status varchar(255) check (status in ('ACTIVE', 'BLOCKED')), primary key (id), unique (email));
            create table orders (id bigint not null, customer_id bigint, primary key (id),
                foreign key (customer_id) references customers (id));
            create index orders_customer_idx on orders (customer_id);
            """;

    @Test
    void namesNoEntityStatesAreNoDriftAndAColumnAddedByHandIsReportedOnce() throws Exception {
        Path config = customers("");
        CliHarness reference = new CliHarness("drift_reference");
        String[] written = {"--config", config.toString(), "--db", reference.jdbcUrl()};
        assertEquals(0, reference.run(concat(new String[] {"-m", "Customers"}, written)).exitCode());

        CliHarness handBuilt = new CliHarness("drift_names");
        try (Connection c = handBuilt.connect(); Statement s = c.createStatement()) {
            s.execute(HAND_BUILT);
        }
        String[] options = {"--config", config.toString(), "--db", handBuilt.jdbcUrl()};
        assertEquals(0, handBuilt.run(concat(new String[] {"stamp", "head"}, options)).exitCode());
        CliHarness.Run check = handBuilt.run(concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().startsWith("In sync"), check.out());

        try (Connection c = handBuilt.connect(); Statement s = c.createStatement()) {
            s.execute("alter table customers add column nickname text");
        }
        CliHarness.Run added = handBuilt.run(concat(new String[] {"check"}, options));
        assertEquals(1, added.exitCode(), added.out() + added.err());
        assertEquals(1, occurrences(added.out(), "nickname"), added.out());
        assertEquals(1, occurrences(added.out(), "autogen revision") + occurrences(added.out(), "Undo"),
                "one piece of advice:\n" + added.out());
        assertTrue(added.out().contains("Undo them by hand: the entities do not have them"), added.out());

        // Entities that have the column too: still drift, to write into a migration, and no difference.
        Path withNickname = customers("    @Column(columnDefinition = \"text\") String nickname;\n");
        String[] nickname = {"--config", withNickname.toString(), "--db", handBuilt.jdbcUrl()};
        CliHarness.Run wanted = handBuilt.run(concat(new String[] {"check"}, nickname));
        assertEquals(1, wanted.exitCode(), wanted.out() + wanted.err());
        assertTrue(wanted.out().startsWith("1 change made to postgresql://"), wanted.out());
        assertTrue(wanted.out().contains("outside its migrations (database drift), which the entities have too:\n"
                + "  columns (1)\n    + add column public.customers.nickname text null  (Customer.nickname)\nWrite them"
                + " into a migration with autogen revision -m \"<what changed>\" --db \"\""), wanted.out());
        assertEquals(1, occurrences(wanted.out(), "customers.nickname"), wanted.out());
    }

    /** The configuration of entities for customers and their orders, the customer with {@code fields} more. */
    private Path customers(String fields) throws Exception {
        Path classes = EntitySources.compile(temp.resolve("entities" + fields.hashCode()), java.util.Map.of(
                "autogen.drift.Customer", """
                        package autogen.drift;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "customers")
                        public class Customer {
                            @Id Long id;
                            @Column(unique = true) String email;
                            @Column(length = 100, nullable = false) String name;
                            @Enumerated(EnumType.STRING) Status status;
                            public enum Status { ACTIVE, BLOCKED }
                        """ + fields + "}\n",
                "autogen.drift.Order", """
                        package autogen.drift;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "orders", indexes = @Index(name = "orders_customer_idx",
                                columnList = "customer_id"))
                        public class Order {
                            @Id Long id;
                            @ManyToOne @JoinColumn(name = "customer_id") Customer customer;
                        }
                        """));
        Path config = temp.resolve("autogen" + fields.hashCode() + ".properties");
        Files.writeString(config, "entity.packages=autogen.drift\nclass.path=" + classes + "\nmigrations="
                + temp.resolve("migrations") + "\nmetadata.enabled=false\n");
        return config;
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
