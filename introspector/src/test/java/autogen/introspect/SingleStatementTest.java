package autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Identity;
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

    @Test
    void aColumnFragmentIsNamedByItsColumnAndPart() {
        Column quoted = new Column("title", "text", true, Optional.of("';'"), Identity.NONE);
        Column ending = new Column("x", "integer", true, Optional.of("0; drop table users"), Identity.NONE);
        Table table = new Table(QualifiedName.of("posts"), List.of(quoted, ending), Optional.empty(), List.of(),
                List.of(), List.of());
        TargetRejectedException e = assertThrows(TargetRejectedException.class,
                () -> SingleStatement.require(new Schema(List.of(table), List.of())));
        assertEquals("PostgreSQL rejects public.posts.x (default): \"0; drop table users\" holds a ';' outside quotes "
                + "at position 1; an expression is one statement", e.getMessage());
    }
}
