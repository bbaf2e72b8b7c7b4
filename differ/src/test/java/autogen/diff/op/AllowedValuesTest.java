package autogen.diff.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checks Hibernate writes for enum columns, as PostgreSQL prints them back, read as their values. */
class AllowedValuesTest {
    @Test
    void readsAStringEnumCheck() {
        Optional<AllowedValues> values = AllowedValues.of("((status)::text = ANY (ARRAY[('DRAFT'::character varying)"
                + "::text, ('PUBLISHED'::character varying)::text, ('IT''S'::character varying)::text]))");
        assertEquals(new AllowedValues("status", List.of("DRAFT", "PUBLISHED", "IT'S"), false), values.get());
    }

    @Test
    void readsTheOtherSpellingsPostgresUses() {
        assertEquals(List.of("A", "B"), AllowedValues.of("((kind)::text = ANY ((ARRAY['A'::character varying, "
                + "'B'::character varying])::text[]))").get().values());
        assertEquals(List.of("A", "B"), AllowedValues.of("(kind = ANY (ARRAY['A'::text, 'B'::text]))").get().values());
        assertEquals("Kind", AllowedValues.of("((\"Kind\")::text = ANY (ARRAY[('A'::character varying)::text]))")
                .get().column());
    }

    @Test
    void readsAnOrdinalEnumCheck() {
        AllowedValues values = AllowedValues.of("((level >= 0) AND (level <= 2))").get();
        assertEquals(new AllowedValues("level", List.of("0", "1", "2"), true), values);
    }

    @Test
    void leavesOtherChecksAlone() {
        assertTrue(AllowedValues.of("(price > (0)::numeric)").isEmpty());
        assertTrue(AllowedValues.of("((status)::text = ANY (ARRAY[lower(name), 'B'::text]))").isEmpty());
        assertTrue(AllowedValues.of("((a >= 0) AND (b <= 2))").isEmpty());
    }

    @Test
    void tellsWhatAChangeGainsAndLoses() {
        AllowedValues before = new AllowedValues("s", List.of("DRAFT", "PUBLISHED", "ARCHIVED"), false);
        AllowedValues after = new AllowedValues("s", List.of("DRAFT", "PUBLISHED", "SCHEDULED"), false);
        assertEquals(List.of("SCHEDULED"), before.added(after));
        assertEquals(List.of("ARCHIVED"), before.removed(after));
    }
}
