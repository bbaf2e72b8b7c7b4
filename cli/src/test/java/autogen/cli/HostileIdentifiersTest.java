package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Schema;
import autogen.schema.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that need quoting, or that a careless tool would cut or split, round-trip through revision, upgrade,
 * check and downgrade: reserved words, mixed case, spaces, quotes, dots, non-ASCII letters and 63-byte names,
 * in tables, columns, keys, indexes and a schema.
 */
class HostileIdentifiersTest {
    private static final String LONGEST = "t".repeat(63);

    @TempDir
    Path temp;

    @Test
    void hostileNamesRoundTrip() throws Exception {
        Path classes = EntitySources.compile(temp.resolve("entities"), Map.of(
                "autogen.hostile.Order", """
                        package autogen.hostile;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "`order`", schema = "`Odd Schema`",
                                indexes = @Index(name = "`ix \\"quoted\\" select`", columnList = "`select`"),
                                uniqueConstraints = @UniqueConstraint(name = "`MixedCase Key`",
                                        columnNames = {"`user`", "`with space`"}))
                        public class Order {
                            @Id @Column(name = "`Id`") Long id;
                            @Column(name = "`select`") String select;
                            @Column(name = "`user`") String user;
                            @Column(name = "`with space`") String withSpace;
                            @Column(name = "`say\\"hi`") String sayHi;
                            @Column(name = "`données`") String donnees;
                            @Column(name = "`dot.ted`") String dotted;
                        }
                        """,
                "autogen.hostile.Longest", """
                        package autogen.hostile;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "`%s`")
                        public class Longest {
                            @Id Long id;
                            @ManyToOne @JoinColumn(name = "`Order Ref`") Order order;
                            @Column(name = "`%s`") String longest;
                        }
                        """.formatted(LONGEST, "c".repeat(63))));
        CliHarness cli = new CliHarness("hostile");
        String[] options = {"--packages", "autogen.hostile", "--class-path", classes.toString(), "--migrations",
                temp.resolve("migrations").toString(), "--db", cli.jdbcUrl()};
        CliHarness.Run revision = cli.run(concat(new String[] {"-m", "Hostile names"}, options));
        assertEquals(0, revision.exitCode(), revision.err());
        CliHarness.Run upgrade = cli.run(concat(new String[] {"upgrade", "head"}, options));
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        Schema upgraded = introspect(cli);
        List<String> tables = upgraded.tables().stream().map(Table::name).map(Object::toString).toList();
        assertTrue(tables.contains("Odd Schema.order") && tables.contains("public." + LONGEST), tables.toString());
        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out() + check.err());

        assertEquals(0, cli.run(concat(new String[] {"downgrade", "base"}, options)).exitCode());
        assertEquals(List.of(), introspect(cli).tables(), "downgrade removes every table");
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(upgraded, introspect(cli), "and upgrade builds them again, the same");
        assertEquals(0, cli.run(concat(new String[] {"check"}, options)).exitCode());
    }

    private static Schema introspect(CliHarness cli) throws Exception {
        try (java.sql.Connection c = cli.connect()) {
            return new autogen.introspect.PostgresIntrospector().read(c, autogen.introspect.IntrospectionScope
                    .of("public", "Odd Schema").excluding(autogen.runner.HistorySql.DEFAULT_TABLE));
        }
    }
}
