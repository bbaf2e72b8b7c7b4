package autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ColumnSpec's hand-written equals and hashCode keep the record's meaning: the type and the default count. */
class ColumnSpecTest {
    @Test
    void equalSpecsAreEqualAndHashAlike() {
        ColumnSpec a = new ColumnSpec("varchar(20)", Optional.of("'x'"));
        ColumnSpec b = new ColumnSpec(new String("varchar(20)"), Optional.of(new String("'x'")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void typeAndDefaultEachCount() {
        ColumnSpec spec = new ColumnSpec("varchar(20)", Optional.of("'x'"));
        assertNotEquals(spec, new ColumnSpec("varchar(30)", Optional.of("'x'")));
        assertNotEquals(spec, new ColumnSpec("varchar(20)", Optional.of("'y'")));
        assertNotEquals(spec, new ColumnSpec("varchar(20)", Optional.empty()));
    }
}
