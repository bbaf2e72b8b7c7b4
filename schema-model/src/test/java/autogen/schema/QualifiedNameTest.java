package autogen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** QualifiedName's hand-written equals, hashCode and compareTo keep the record's meaning: both parts count. */
class QualifiedNameTest {
    @Test
    void equalNamesAreEqualAndHashAlike() {
        QualifiedName a = new QualifiedName("billing", "invoice");
        QualifiedName b = new QualifiedName(new String("billing"), new String("invoice"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertEquals("found", Map.of(a, "found").get(b));
    }

    @Test
    void eachPartCounts() {
        QualifiedName name = new QualifiedName("billing", "invoice");
        assertNotEquals(name, new QualifiedName("public", "invoice"));
        assertNotEquals(name, new QualifiedName("billing", "invoices"));
        assertNotEquals(new QualifiedName("a", "b"), new QualifiedName("b", "a"));
        assertNotEquals(name, "billing.invoice");
    }

    @Test
    void ordersBySchemaThenName() {
        List<QualifiedName> names = new ArrayList<>(List.of(new QualifiedName("public", "b"),
                new QualifiedName("billing", "z"), new QualifiedName("public", "a"), new QualifiedName("billing", "a")));
        Collections.sort(names);
        assertEquals(List.of(new QualifiedName("billing", "a"), new QualifiedName("billing", "z"),
                new QualifiedName("public", "a"), new QualifiedName("public", "b")), names);
        assertTrue(new QualifiedName("a", "z").compareTo(new QualifiedName("b", "a")) < 0);
    }
}
