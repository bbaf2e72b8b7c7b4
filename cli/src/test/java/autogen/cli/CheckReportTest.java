package autogen.cli;

import autogen.engine.CheckReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.diff.SchemaDiffer;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Adopting autogen on an existing database: hundreds of differences still fit one screen, grouped with counts. */
class CheckReportTest {
    @Test
    void hundredsOfDifferencesFitOneScreen() {
        List<Table> current = new ArrayList<>();
        List<Table> target = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            QualifiedName name = QualifiedName.of("t" + i);
            current.add(new Table(name, List.of(Column.of("a", "integer"), Column.of("b", "text")), Optional.empty(),
                    List.of(), List.of(), List.of()));
            target.add(new Table(name, List.of(Column.of("a", "bigint"), Column.of("b", "text").withNullable(false),
                    Column.of("c", "text")), Optional.empty(), List.of(), List.of(), List.of()));
        }
        for (int i = 0; i < 120; i++) {
            target.add(new Table(QualifiedName.of("new_" + i), List.of(Column.of("id", "bigint")), Optional.empty(),
                    List.of(), List.of(), List.of()));
        }
        var plan = new SchemaDiffer().diff(new Schema(current, List.of()), new Schema(target, List.of()));
        StringWriter text = new StringWriter();
        CheckReport.print(plan, "the database", new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();

        assertTrue(lines.get(0).startsWith("570 differences"), lines.get(0));
        assertTrue(lines.size() <= 60, "one screen: " + lines.size() + " lines");
        assertTrue(lines.contains("  tables (120)"), text.toString());
        assertTrue(lines.contains("  columns (150)"), text.toString());
        assertTrue(lines.contains("  column types (150)"), text.toString());
        assertTrue(lines.contains("  nullability (150)"), text.toString());
        assertTrue(lines.contains("    ... and 140 more (autogen check --all lists them)"), text.toString());
    }

    @Test
    void theHazardsOfAKindLineUpInAColumnOfTheirOwn() {
        QualifiedName name = QualifiedName.of("notes");
        Table current = new Table(name, List.of(Column.of("id", "bigint"), Column.of("a", "text"),
                Column.of("a_much_longer_column", "text"), Column.of("mid_size", "text")), Optional.empty(),
                List.of(), List.of(), List.of());
        Table target = new Table(name, List.of(Column.of("id", "bigint")), Optional.empty(), List.of(), List.of(),
                List.of());
        var plan = new SchemaDiffer().diff(new Schema(List.of(current), List.of()),
                new Schema(List.of(target), List.of()));
        StringWriter text = new StringWriter();
        CheckReport.print(plan, "the database", new PrintWriter(text, true));

        List<String> drops = text.toString().lines().filter(l -> l.startsWith("    - drop column")).toList();
        assertEquals(3, drops.size(), text.toString());
        for (String line : drops) {
            assertTrue(line.endsWith("[DELETES_DATA]"), line);
            assertEquals(drops.get(0).indexOf('['), line.indexOf('['), text.toString());
        }
        assertTrue(drops.stream().anyMatch(l -> l.contains("notes.a   ") && l.indexOf('[') > l.indexOf("notes.a") + 10),
                "the short line is padded to the column: " + text);
    }

    @Test
    void allListsEveryDifferenceEachNamingItsEntity(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
        java.util.Map<String, String> sources = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            sources.putAll(EntitySources.entity("autogen.many", "Thing" + i, "things_" + i, "String label;"));
        }
        java.nio.file.Path classes = EntitySources.compile(temp, sources);
        String[] options = {"--packages", "autogen.many", "--class-path", classes.toString(), "--migrations",
                temp.resolve("none").toString()};
        CliHarness cli = new CliHarness("many");
        CliHarness.Run first = cli.run(SampleAppRoundTripTest.concat(new String[] {"check"}, options));
        assertTrue(first.out().contains("  tables (12)\n"), first.out());
        assertTrue(first.out().contains("    ... and 2 more (autogen check --all lists them)"), first.out());
        CliHarness.Run all = cli.run(SampleAppRoundTripTest.concat(new String[] {"check", "--all"}, options));
        assertFalse(all.out().contains("more (autogen check --all"), all.out());
        for (int i = 0; i < 12; i++) {
            assertTrue(all.out().contains("create table public.things_" + i + " (") && all.out().contains("(Thing" + i
                    + ")"), all.out());
        }
    }
}
