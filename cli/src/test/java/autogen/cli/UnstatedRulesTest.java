package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adopting a schema another tool built, whose entities state few of its rules: the default revision removes none
 * of them (no index, NOT NULL, default, unique key, foreign key or check), {@code check} lists each with the mapping
 * that would state it, and {@code --drop-unstated} removes what the user names, by kind or by name.
 */
class UnstatedRulesTest {
    private static final String PKG = "autogen.adopted";

    /** As a Liquibase changelog or a DBA would leave it: rules everywhere, named their own way. */
    private static final String BUILT_ELSEWHERE = """
            create table accounts (id bigint primary key, email varchar(255) not null,
                enabled boolean not null default true, created_at timestamp(6) not null default now(),
                plan varchar(255) default 'free', constraint uq_accounts_email unique (email),
                constraint ck_accounts_plan check (plan in ('free', 'pro')));
            create index ix_accounts_created_at on accounts (created_at);
            create index ix_accounts_plan_enabled on accounts (plan, enabled);
            create table invoices (id bigint primary key, account_id bigint not null,
                total numeric(10,2) not null default 0,
                constraint fk_invoices_account foreign key (account_id) references accounts (id));
            create index ix_invoices_account on invoices (account_id);
            insert into accounts (id, email) values (1, 'a@example.com');
            insert into invoices (id, account_id, total) values (1, 1, 9.5);
            """;

    /** The rules above that the entities do not state, as check lists them, each with its mapping. */
    private static final List<String> LISTED = List.of(
            "not-null accounts.email: @Column(nullable = false) on Account.email",
            "default accounts.enabled (true): @ColumnDefault(\"true\") on Account.enabled",
            "default accounts.plan ('free'::character varying): @ColumnDefault(\"'free'::character varying\")",
            "not-null invoices.total: @Column(nullable = false) on Invoice.total",
            "unique uq_accounts_email on accounts (email): @Column(unique = true) on Account.email, or"
                    + " @UniqueConstraint(name = \"uq_accounts_email\", columnNames = {\"email\"})",
            "check ck_accounts_plan on accounts",
            "foreign key fk_invoices_account on invoices (account_id) to accounts: @ManyToOne with"
                    + " @JoinColumn(name = \"account_id\", foreignKey = @ForeignKey(name = \"fk_invoices_account\"))"
                    + " on Invoice.accountId",
            "index ix_accounts_created_at on accounts (created_at): @Index(name = \"ix_accounts_created_at\","
                    + " columnList = \"created_at\") in @Table(indexes = ...) of Account",
            "index ix_accounts_plan_enabled on accounts (plan, enabled)",
            "index ix_invoices_account on invoices (account_id)");

    @TempDir
    Path temp;

    @Test
    void theDefaultRevisionWeakensNothingAndCheckListsWhatWouldStateEachRule() throws Exception {
        CliHarness cli = new CliHarness("unstated");
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute(BUILT_ELSEWHERE);
        }
        String[] options = options(cli);
        autogen.schema.Schema built = cli.introspect();

        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("15 rules only in the database, kept because the entities do not state"
                + " them and no autogen migration made them:"), check.out());
        LISTED.forEach(line -> assertTrue(check.out().contains(line), "'" + line + "' in:\n" + check.out()));
        assertTrue(check.out().contains("In sync"), check.out());

        CliHarness.Run revision = cli.run(concat(new String[] {"-m", "Adopt"}, options));
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        assertTrue(revision.out().startsWith("No changes"), revision.out());
        assertTrue(revision.out().contains("Kept 15 rules"), revision.out());
        assertEquals(built, cli.introspect(), "nothing of the schema changed");

        CliHarness.Run unknownName = cli.run(concat(new String[] {"-m", "Drop", "--drop-unstated", "ix_nope"},
                options));
        assertEquals(3, unknownName.exitCode(), unknownName.err());
        assertEquals("autogen: --drop-unstated ix_nope: no index, key, check, NOT NULL or default of that name would"
                + " be removed; autogen check lists those only in the database", unknownName.err().strip());
        CliHarness.Run unknownKind = cli.run(concat(new String[] {"-m", "Drop", "--drop-unstated", "indexes:ix_a"},
                options));
        assertEquals(3, unknownKind.exitCode(), unknownKind.err());
        assertTrue(unknownKind.err().contains("indexes is no kind; the kinds are index, unique, primary-key,"
                + " foreign-key, check, not-null, default and all"), unknownKind.err());
        assertEquals(0, CliHarness.files(temp.resolve("migrations")).size(), "nothing written");

        CliHarness.Run drop = cli.run(concat(new String[] {"-m", "Drop unused indexes", "--drop-unstated", "index",
                "--drop-unstated", "default:accounts.plan"}, options));
        assertEquals(0, drop.exitCode(), drop.out() + drop.err());
        assertTrue(drop.out().contains("Wrote ") && drop.out().contains("(4 operations)"), drop.out());
        // The hazards stand in a column of their own, lined up down the list.
        assertTrue(drop.out().matches("(?s).*drop index ix_accounts_created_at on public.accounts concurrently"
                + " {3,}\\[WEAKENS_SCHEMA]\n.*"), drop.out());
        assertTrue(drop.out().contains("Kept 11 rules"), drop.out());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());

        CliHarness.Run after = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, after.exitCode(), after.out() + after.err());
        assertTrue(after.out().contains("11 rules only in the database"), after.out());
        assertFalse(after.out().contains("index ix_"), after.out());
        assertFalse(after.out().contains("default accounts.plan"), after.out());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into accounts (id, email) values (2, 'b@example.com')");
            var rs = s.executeQuery("select enabled, plan from accounts where id = 2");
            rs.next();
            assertTrue(rs.getBoolean(1), "the kept default still fills enabled");
            assertEquals(null, rs.getString(2), "the dropped default no longer fills plan");
        }
    }

    private String[] options(CliHarness cli) throws Exception {
        Path classes = EntitySources.compile(temp.resolve("entities"), entities());
        Path config = temp.resolve("autogen.properties");
        // This database predates the metadata columns; which it lacks is HandmadeTableTest's subject.
        Files.writeString(config, "metadata.enabled=false\n");
        return new String[] {"--config", config.toString(), "--packages", PKG, "--class-path", classes.toString(),
                "--migrations", temp.resolve("migrations").toString(), "--db", cli.jdbcUrl()};
    }

    /** Entities that state the columns and their types, and nothing else. */
    private static Map<String, String> entities() {
        Map<String, String> sources = new HashMap<>(EntitySources.entity(PKG, "Account", "accounts",
                "String email;\n    Boolean enabled;\n    @Column(name = \"created_at\") java.time.LocalDateTime"
                        + " createdAt;\n    String plan;"));
        sources.putAll(EntitySources.entity(PKG, "Invoice", "invoices",
                "@Column(name = \"account_id\") Long accountId;\n    @Column(precision = 10, scale = 2)"
                        + " java.math.BigDecimal total;"));
        return sources;
    }
}
