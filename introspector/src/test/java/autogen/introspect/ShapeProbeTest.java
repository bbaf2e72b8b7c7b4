package autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShapeProbeTest {
    private static final Table TABLE = new Table(QualifiedName.of("t"), List.of(Column.of("implicitlevel", "smallint"),
            Column.of("Quoted", "text"), Column.of("price", "numeric"), Column.of("other", "text")),
            Optional.empty(), List.of(), List.of(), List.of());

    @Test
    void unquotedNamesFoldAsPostgresFoldsThemAndQuotedOnesStayAsWritten() {
        assertEquals(List.of("implicitlevel"), names("implicitLevel between 0 and 2"));
        assertEquals(List.of("Quoted"), names("\"Quoted\" <> 'x'"));
        assertEquals(List.of(), names("quoted <> 'x'"), "an unquoted quoted folds to lower case, no such column");
        assertEquals(List.of("implicitlevel", "price"), names("(price > 0) and (IMPLICITLEVEL < 3)"));
    }

    private static List<String> names(String expression) {
        return ShapeProbe.named(TABLE, expression).stream().map(Column::name).toList();
    }
}
