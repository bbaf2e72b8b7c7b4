package autogen.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import autogen.schema.QualifiedName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameTextTest {
    @ParameterizedTest(name = "{0}.{1} as {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "public  | users        | users",
        "billing | invoices     | billing.invoices",
        "public  | dot.ted      | \"dot.ted\"",
        "my.app  | t            | \"my.app\".t",
        "public  | say \"hi\"   | say \"hi\"",
        "public  | \"quoted     | \"\"\"quoted\"",
        "public  | Ünïcode Näme | Ünïcode Näme",
        "a.b     | c.d          | \"a.b\".\"c.d\"",
    })
    void eachNameHasOneTextThatReadsBackAsIt(String schema, String name, String text) {
        QualifiedName qualified = new QualifiedName(schema, name);
        assertEquals(text, NameText.of(qualified));
        assertEquals(qualified, NameText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b.c", "\"open", "\"a\"b", ".t", "s.", ""})
    void textThatIsNoNameIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> NameText.parse(text));
    }
}
