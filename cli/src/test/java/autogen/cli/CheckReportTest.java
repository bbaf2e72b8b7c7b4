package autogen.cli;

import autogen.engine.CheckReport;
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
        assertTrue(lines.contains("    ... and 140 more"), text.toString());
    }
}
