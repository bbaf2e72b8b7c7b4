package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer approves a migration's hazards in its file ({@code @MigrationInfo(approved = ...)}, written by
 * {@code revision --approve} or by hand): in production, {@code upgrade} (a real process with
 * {@code AUTOGEN_ENV=production}) runs exactly those approved hazards without {@code --allow-destructive}, and refuses
 * the others, naming them and how to approve them.
 */
class ReviewedHazardsTest {
    private static final String PKG = "autogen.reviewed";
    private static final Map<String, String> PRODUCTION = Map.of("AUTOGEN_ENV", "production");

    @TempDir
    Path temp;

    @Test
    void productionRunsAnApprovedWeakeningAndRefusesAnUnapprovedOne() throws Exception {
        CliHarness cli = new CliHarness("reviewed");
        Path migrations = temp.resolve("migrations");
        Path v1 = items("v1", "indexes = {@Index(name = \"ix_items_label\", columnList = \"label\"),"
                + " @Index(name = \"ix_items_code\", columnList = \"code\")}", "String note;");
        run(cli, 0, args(cli, v1, migrations, "-m", "Items"));
        run(cli, 0, args(cli, v1, migrations, "upgrade", "head"));
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into items (id, label, code, note) values (1, 'a', 'b', 'keep me')");
        }

        Path v2 = items("v2", "indexes = @Index(name = \"ix_items_code\", columnList = \"code\")", "String note;");
        run(cli, 0, args(cli, v2, migrations, "-m", "Drop the label index"));
        Path unapproved = CliHarness.files(migrations).get(1);
        assertFalse(Files.readString(unapproved).contains("approved"), "nothing approved, nothing written");
        CliProcess.Result refused = production(cli, v2, migrations);
        assertEquals(6, refused.exitCode(), refused.err());
        assertEquals("autogen: upgrade refused: AUTOGEN_ENV=production, and " + unapproved.getFileName() + " carries"
                + " WEAKENS_SCHEMA, not approved by a reviewer; once reviewed, record it in the file before it is"
                + " applied anywhere (@MigrationInfo(approved = {\"WEAKENS_SCHEMA\"}), which autogen revision --approve"
                + " WEAKENS_SCHEMA writes), or run again with --allow-destructive (or ALLOW_DESTRUCTIVE_MIGRATIONS=1)",
                refused.err().strip());
        assertTrue(indexes(cli).contains("ix_items_label"), "nothing ran");

        Files.delete(unapproved);
        CliHarness.Run approving = run(cli, 0, args(cli, v2, migrations, "-m", "Drop the label index", "--approve",
                "WEAKENS_SCHEMA", "--approve", "NARROWS_TYPE"));
        assertTrue(approving.out().contains("Approved in the file: WEAKENS_SCHEMA (the production guard lets it"
                + " through).\nNot recorded: --approve NARROWS_TYPE, which the migration does not carry.\n"),
                approving.out());
        assertTrue(Files.readString(CliHarness.files(migrations).get(1)).contains(
                "hazards = {\"WEAKENS_SCHEMA\"},\n        approved = {\"WEAKENS_SCHEMA\"}\n)"),
                Files.readString(CliHarness.files(migrations).get(1)));
        CliHarness.Run status = run(cli, 0, args(cli, v2, migrations, "status"));
        assertTrue(status.out().contains("Drop the label index  (head)   [WEAKENS_SCHEMA]  approved: WEAKENS_SCHEMA"),
                status.out());
        CliProcess.Result approved = production(cli, v2, migrations);
        assertEquals(0, approved.exitCode(), approved.err());
        assertEquals(List.of("ix_items_code"), indexes(cli));
        Path applied = CliHarness.files(migrations).get(1);
        String reviewed = Files.readString(applied);
        Files.writeString(applied, reviewed.replace("approved = {\"WEAKENS_SCHEMA\"}", "approved = {}"));
        CliHarness.Run changed = cli.run(args(cli, v2, migrations, "verify"));
        assertEquals(1, changed.exitCode(), "the checksum covers the approval: " + changed.out() + changed.err());
        assertTrue(changed.out().contains(applied.getFileName().toString()), changed.out());
        Files.writeString(applied, reviewed);

        Path v3 = items("v3", "", "");
        run(cli, 0, args(cli, v3, migrations, "-m", "Drop the code index and the note", "--allow-data-loss",
                "--approve", "WEAKENS_SCHEMA"));
        Path partly = CliHarness.files(migrations).get(2);
        CliProcess.Result stillRefused = production(cli, v3, migrations);
        assertEquals(6, stillRefused.exitCode(), stillRefused.err());
        assertTrue(stillRefused.err().startsWith("autogen: upgrade refused: AUTOGEN_ENV=production, and "
                + partly.getFileName() + " carries DELETES_DATA, not approved by a reviewer;"), stillRefused.err());
        assertEquals("keep me", note(cli));

        // Approved by hand in review, before it is applied anywhere: a misspelt code approves nothing, and says so.
        String source = Files.readString(partly);
        Files.writeString(partly, source.replace("approved = {\"WEAKENS_SCHEMA\"}",
                "approved = {\"DELETE_DATA\", \"WEAKENS_SCHEMA\"}"));
        CliProcess.Result misspelt = production(cli, v3, migrations);
        assertEquals(6, misspelt.exitCode(), misspelt.err());
        assertTrue(misspelt.err().contains(partly.getFileName() + " carries DELETES_DATA (its approved DELETE_DATA"
                + " names no hazard), not approved by a reviewer;"), misspelt.err());
        Files.writeString(partly, source.replace("approved = {\"WEAKENS_SCHEMA\"}",
                "approved = {\"DELETES_DATA\", \"WEAKENS_SCHEMA\"}"));
        CliProcess.Result byHand = production(cli, v3, migrations);
        assertEquals(0, byHand.exitCode(), byHand.err());
        assertEquals(List.of(), indexes(cli));
    }

    @Test
    void anApprovalOfNoHazardIsRefusedListingTheHazards() throws Exception {
        CliHarness cli = new CliHarness("badapproval");
        Path migrations = temp.resolve("migrations");
        CliHarness.Run run = cli.run(args(cli, items("v1", "", ""), migrations, "-m", "Items", "--approve",
                "WEAKEN"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("autogen: --approve: no hazard is called 'WEAKEN'; the hazards are DELETES_DATA,"
                + " NARROWS_TYPE, MAY_FAIL_ON_EXISTING_ROWS, WEAKENS_SCHEMA, REWRITES_TABLE, LOCKS_TABLE,"
                + " CHANGES_ORDINAL_MEANING, RECREATES_TYPE"), run.errLines());
        assertEquals(List.of(), CliHarness.files(migrations), "no file written");
    }

    /** The entity items with a label and a code, {@code table}'s extra members, and {@code body}'s fields. */
    private Path items(String version, String table, String body) {
        return EntitySources.compile(temp.resolve(version), Map.of(PKG + ".Item", "package " + PKG + ";\n\n"
                + "import jakarta.persistence.*;\n\n@Entity\n@Table(name = \"items\"" + (table.isEmpty() ? "" : ", "
                + table) + ")\npublic class Item {\n    @Id\n    Long id;\n    String label;\n    String code;\n    "
                + body + "\n}\n"));
    }

    private CliProcess.Result production(CliHarness cli, Path classes, Path migrations) {
        return CliProcess.run(temp.resolve("runs"), PRODUCTION, null, args(cli, classes, migrations, "upgrade",
                "head"));
    }

    private static CliHarness.Run run(CliHarness cli, int expected, String... args) {
        CliHarness.Run run = cli.run(args);
        assertEquals(expected, run.exitCode(), String.join(" ", args) + ": " + run.out() + run.err());
        return run;
    }

    private static List<String> indexes(CliHarness cli) throws Exception {
        return strings(cli, "select indexname from pg_indexes where tablename = 'items' and indexname like 'ix_%'"
                + " order by 1");
    }

    private static String note(CliHarness cli) throws Exception {
        return strings(cli, "select note from items").get(0);
    }

    private static List<String> strings(CliHarness cli, String sql) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static String[] args(CliHarness cli, Path classes, Path migrations, String... command) {
        return SampleAppRoundTripTest.concat(command, new String[] {"--packages", PKG, "--class-path",
                classes.toString(), "--migrations", migrations.toString(), "--db", cli.jdbcUrl()});
    }
}
