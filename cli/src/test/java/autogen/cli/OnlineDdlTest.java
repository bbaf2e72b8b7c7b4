package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock-safe forms on a real PostgreSQL with rows: an index built concurrently is valid and used, foreign keys
 * and checks added NOT VALID end validated, a unique constraint sits on a unique index built concurrently; check is
 * in sync after the upgrade, and the downgrade reverses each. A concurrent unique build that fails leaves no invalid
 * index, and once the data is fixed the upgrade completes.
 */
class OnlineDdlTest {
    static final String PKG = "autogen.online";

    @TempDir
    Path temp;

    static Map<String, String> entities(String itemBody, String tableAnnotation) {
        Map<String, String> sources = new HashMap<>(EntitySources.entity(PKG, "Owner", "owners", ""));
        Map<String, String> item = EntitySources.entity(PKG, "Item", "items", itemBody);
        item.forEach((k, v) -> sources.put(k, tableAnnotation == null ? v
                : v.replace("@jakarta.persistence.Table(name = \"items\")", tableAnnotation)));
        return sources;
    }

    @Test
    void eachLockSafeFormEndsValidatedUsedAndReversible() throws Exception {
        CliHarness cli = new CliHarness("online");
        Path migrations = temp.resolve("migrations");
        Path before = EntitySources.compile(temp.resolve("before"), entities(
                "String code;\n    Integer qty;\n    String label;\n    @Column(name = \"owner_id\") Long ownerId;",
                null));
        Path after = EntitySources.compile(temp.resolve("after"), entities(
                "@Column(unique = true) String code;\n    @Check(name = \"ck_items_qty\", constraints = \"qty >= 0\")"
                        + " Integer qty;\n    @Column(nullable = false) String label;\n"
                        + "    @ManyToOne @JoinColumn(name = \"owner_id\") Owner owner;",
                "@jakarta.persistence.Table(name = \"items\", indexes = @Index(name = \"ix_items_qty\","
                        + " columnList = \"qty\"))"));
        run(cli, 0, args(cli, before, migrations, "-m", "Items"));
        run(cli, 0, args(cli, before, migrations, "upgrade", "head"));
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into owners (id) select g from generate_series(1, 10) as g");
            s.execute("insert into items (id, code, qty, label, owner_id) select g, 'c' || g, g % 50, 'l', 1 + g % 10"
                    + " from generate_series(1, 20000) as g");
        }
        autogen.schema.Schema catalogBefore = Catalogs.columnsByName(cli.introspect());

        CliHarness.Run revision = run(cli, 0, args(cli, after, migrations, "-m", "Lock-safe"));
        String file = Files.readString(CliHarness.files(migrations).get(1));
        assertTrue(file.contains("op.createIndexConcurrently(\"items\", \"ix_items_qty\", \"qty\");"), file);
        assertTrue(file.contains("op.addUniqueConstraintUsingIndex(\"items\", \"uq_items_code\", \"code\");"), file);
        assertTrue(file.contains("op.addForeignKeyNotValid(\"items\", \"fk_items_owner_id_owners\","), file);
        assertTrue(file.contains("op.addCheckConstraintNotValid(\"items\", \"ck_items_qty\", \"(qty >= 0)\");"), file);
        assertTrue(file.contains("op.setNotNullOnline(\"items\", \"label\");"), file);
        assertFalse(revision.out().contains("LOCKS_TABLE"), "no step blocks writes for a scan:\n" + revision.out());
        SafetyAcceptanceTest.assertGolden(Path.of("src", "test", "resources", "golden", "online", "lock-safe.java")
                .toAbsolutePath(), file);

        CliHarness.Run upgrade = run(cli, 0, args(cli, after, migrations, "upgrade", "head"));
        assertTrue(upgrade.out().contains("upgrade "), upgrade.out());
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            assertEquals("ix_items_qty:true,uq_items_code:true", text(s, "select string_agg(c.relname || ':'"
                    + " || i.indisvalid, ',' order by c.relname) from pg_index i join pg_class c on c.oid ="
                    + " i.indexrelid where i.indrelid = 'items'::regclass and not i.indisprimary"));
            assertEquals("ck_items_qty:true,fk_items_owner_id_owners:true,uq_items_code:true", text(s,
                    "select string_agg(conname || ':' || convalidated, ',' order by conname) from pg_constraint"
                            + " where conrelid = 'items'::regclass and contype <> 'p'"));
            assertEquals("true", text(s, "select attnotnull::text from pg_attribute where attrelid ="
                    + " 'items'::regclass and attname = 'label'"), "label is NOT NULL, its helper check gone");
            s.execute("set enable_seqscan = off");
            assertTrue(text(s, "explain select * from items where qty = 7").contains("ix_items_qty"),
                    "the index is used");
        }
        run(cli, 0, args(cli, after, migrations, "check"));

        run(cli, 0, args(cli, before, migrations, "downgrade", "-1"));
        assertEquals(catalogBefore, Catalogs.columnsByName(cli.introspect()), "the downgrade reverses each form");
        assertEquals("20000", text(cli, "select count(*)::text from items"));
    }

    @Test
    void aFailedConcurrentUniqueBuildLeavesNoInvalidIndexAndCompletesOnceTheDataIsFixed() throws Exception {
        CliHarness cli = new CliHarness("online");
        Path migrations = temp.resolve("migrations");
        Path before = EntitySources.compile(temp.resolve("before"), entities("String code;", null));
        Path after = EntitySources.compile(temp.resolve("after"), entities("@Column(unique = true) String code;",
                null));
        run(cli, 0, args(cli, before, migrations, "-m", "Items"));
        run(cli, 0, args(cli, before, migrations, "upgrade", "head"));
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into items (id, code) values (1, 'same'), (2, 'same'), (3, 'other')");
        }
        run(cli, 0, args(cli, after, migrations, "-m", "Unique code"));
        autogen.schema.Schema catalogBefore = Catalogs.columnsByName(cli.introspect());

        CliHarness.Run failed = cli.run(args(cli, after, migrations, "upgrade", "head"));
        assertEquals(5, failed.exitCode(), failed.out() + failed.err());
        assertTrue(failed.err().contains("could not create unique index \"uq_items_code\"")
                && failed.err().contains("ran and were undone"), failed.err());
        assertFalse(failed.err().contains("autogen repair"), "nothing to repair: " + failed.err());
        assertEquals("0", text(cli, "select count(*)::text from pg_index where indrelid = 'items'::regclass"
                + " and not indisvalid"), "no invalid index is left behind");
        assertEquals(catalogBefore, Catalogs.columnsByName(cli.introspect()));

        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("update items set code = 'same-2' where id = 2");
        }
        run(cli, 0, args(cli, after, migrations, "upgrade", "head"));
        run(cli, 0, args(cli, after, migrations, "check"));
    }

    @Test
    void aPrimaryKeyOnATableWithRowsIsAttachedToAnIndexBuiltConcurrently() throws Exception {
        CliHarness cli = new CliHarness("online");
        Path migrations = temp.resolve("migrations");
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            // A table another tool made without a key; the entity maps it with an @Id.
            s.execute("create table owners (id bigint not null); create table items (id bigint not null, note"
                    + " character varying(255)); insert into items select g, 'n' from generate_series(1, 5000) as g");
        }
        Path entities = EntitySources.compile(temp.resolve("v1"), entities("String note;", null));
        Path config = temp.resolve("no-metadata.properties");
        Files.writeString(config, "metadata.enabled=false\n");
        String[] withConfig = {"--config", config.toString()};
        run(cli, 0, SampleAppRoundTripTest.concat(args(cli, entities, migrations, "-m", "Keys"), withConfig));
        String file = Files.readString(CliHarness.files(migrations).get(0));
        assertTrue(file.contains("op.addPrimaryKeyUsingIndex(\"items\", \"pk_items\", \"id\");"), file);
        run(cli, 0, SampleAppRoundTripTest.concat(args(cli, entities, migrations, "upgrade", "head"), withConfig));
        assertEquals("pk_items:p:true", text(cli, "select conname || ':' || contype::text || ':' || convalidated from"
                + " pg_constraint where conrelid = 'items'::regclass"));
        run(cli, 0, SampleAppRoundTripTest.concat(args(cli, entities, migrations, "check"), withConfig));
    }

    @Test
    void anEnumValueTheMigrationUsesIsAddedInAStepOfItsOwn() throws Exception {
        CliHarness cli = new CliHarness("online");
        Path migrations = temp.resolve("migrations");
        String status = "@Enumerated(EnumType.STRING) @JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM)";
        Map<String, String> before = entities(status + " Status status;", null);
        before.put(PKG + ".Status", "package " + PKG + ";\npublic enum Status { DRAFT, PUBLISHED }\n");
        Map<String, String> after = entities(status + " Status status;\n    @ColumnDefault(\"'ARCHIVED'\") "
                + status + " Status fallback;", null);
        after.put(PKG + ".Status", "package " + PKG + ";\npublic enum Status { DRAFT, PUBLISHED, ARCHIVED }\n");
        Path v1 = EntitySources.compile(temp.resolve("v1"), before);
        Path v2 = EntitySources.compile(temp.resolve("v2"), after);
        run(cli, 0, args(cli, v1, migrations, "-m", "Items"));
        run(cli, 0, args(cli, v1, migrations, "upgrade", "head"));
        run(cli, 0, args(cli, v2, migrations, "-m", "Archived"));
        String file = Files.readString(CliHarness.files(migrations).get(1));
        // A NAMED_ENUM keeps its values sorted, so ARCHIVED goes before DRAFT.
        assertTrue(file.contains("op.addEnumValueBeforeInOwnStep(\"status\", \"ARCHIVED\", \"DRAFT\");"), file);
        run(cli, 0, args(cli, v2, migrations, "upgrade", "head"));
        run(cli, 0, args(cli, v2, migrations, "check"));
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into owners (id) values (1)");
            s.execute("insert into items (id, status) values (1, 'DRAFT')");
            assertEquals("ARCHIVED", text(s, "select fallback::text from items"));
        }
    }

    private static String text(CliHarness cli, String query) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            return text(s, query);
        }
    }

    private static String text(Statement s, String query) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                all.append(rs.getString(1)).append('\n');
            }
        }
        return all.toString().strip();
    }

    private static CliHarness.Run run(CliHarness cli, int expected, String[] args) {
        CliHarness.Run run = cli.run(args);
        assertEquals(expected, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private static String[] args(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", PKG, "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }
}
