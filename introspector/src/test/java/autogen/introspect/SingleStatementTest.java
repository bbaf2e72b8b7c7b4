package autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SingleStatementTest {
    @Test
    void semicolonsInsideQuotesAreFineOutsideTheyAreNot() {
        assertEquals(Optional.empty(), SingleStatement.unquotedSemicolon("status <> ';'"));
        assertEquals(Optional.empty(), SingleStatement.unquotedSemicolon("\"odd;name\" > 0 and x <> 'it''s;'"));
        assertEquals(Optional.of(5), SingleStatement.unquotedSemicolon("x > 0; commit; drop table users"));
    }

    @Test
    void aCheckThatWouldEndTheProbeStatementIsRejectedBeforeAnythingRuns() {
        Table table = new Table(QualifiedName.of("posts"), List.of(Column.of("x", "integer")), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(new CheckConstraint("ck_posts_x", "x > 0); commit; --")),
                Optional.empty());
        TargetRejectedException e = assertThrows(TargetRejectedException.class,
                () -> SingleStatement.require(new Schema(List.of(table), List.of())));
        assertEquals("PostgreSQL rejects public.posts check ck_posts_x: \"x > 0); commit; --\" holds a ';' outside "
                + "quotes at position 6; an expression is one statement", e.getMessage());
    }
}
