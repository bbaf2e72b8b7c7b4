package autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainedFragmentsTest {
    /** Fragments that stay in their place, however they use quotes, comments and dollar quotes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "status <> ';'",
        "\"odd;name\" > 0 and x <> 'it''s;'",
        "numeric(10,2)",
        "character varying(255)[]",
        "0 /* a comment; with a ' quote */",
        "0 /* nested /* comment; */ still ; comment */",
        "0 -- a line comment; with a ' quote",
        "$$x;y$$",
        "$tag$ it's; $$ fine $tag$",
        "E'it\\'s; fine'",
        "E'back\\\\slash'",
        "'back\\slash'",
        "U&'d\\0061t; \\+000061'",
        "B'1010'",
        "X'1F'",
        "ARRAY[1, 2]",
        "'{1,2}'::integer[]",
        "status in ('A', 'B')",
        "nextval('post_seq'::regclass)",
        "$1 + 1",
        "a$b > 0",
        "ÜberCol > 0",
        "varchar(10) default 'x' not null",
    })
    void containedFragmentsPass(String fragment) {
        assertEquals(Optional.empty(), SqlFragment.escape(fragment), fragment);
    }

    /** Fragments that would reach outside their place, each refused with where. */
    @ParameterizedTest
    @ValueSource(strings = {
        "x > 0; commit; drop table users",
        "0 /* ' */); commit; drop table victim; create temporary table x (y int default 0 /* ' */",
        "0 /* outer /* inner ' */ ' */); drop table victim; create temporary table x (y int",
        "0 -- '\n); drop table victim; create temporary table x (y int",
        "$$0$$); drop table victim; create temporary table x (y int default $$",
        "$q$ ' $q$); drop table victim; --",
        "E'\\'' ); drop table victim; --'",
        "'\\' ); drop table victim; --",
        "\"a\"\"\" ); drop table victim; --",
        "0) inherits (victim",
        "0, \"c1\" text",
        "0 /* unterminated",
        "'unterminated",
        "\"unterminated",
        "$x$ unterminated",
        "(0",
        "ARRAY[0",
        "0]",
        "1e'\\'' ' ; drop table victim; select '",
        "1$a$ ' $a$ ; drop table victim; --'",
    })
    void escapingFragmentsAreRefused(String fragment) {
        assertTrue(SqlFragment.escape(fragment).isPresent(), fragment);
    }

    @Test
    void aCheckThatWouldEndTheProbeStatementIsRejectedBeforeAnythingRuns() {
        Table table = new Table(QualifiedName.of("posts"), List.of(Column.of("x", "integer")), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(new CheckConstraint("ck_posts_x", "x > 0); commit; --")),
                Optional.empty());
        TargetRejectedException e = assertThrows(TargetRejectedException.class,
                () -> ContainedFragments.require(new Schema(List.of(table), List.of())));
        assertEquals("public.posts check ck_posts_x: \"x > 0); commit; --\" is not one SQL expression: it closes a "
                + "parenthesis it did not open at position 5", e.getMessage());
    }

    @Test
    void aColumnFragmentIsNamedByItsColumnAndPart() {
        Column quoted = new Column("title", "text", true, Optional.of("';'"), Identity.NONE);
        Column ending = new Column("x", "integer", true, Optional.of("0; drop table users"), Identity.NONE);
        Table table = new Table(QualifiedName.of("posts"), List.of(quoted, ending), Optional.empty(), List.of(),
                List.of(), List.of());
        TargetRejectedException e = assertThrows(TargetRejectedException.class,
                () -> ContainedFragments.require(new Schema(List.of(table), List.of())));
        assertEquals("public.posts.x (default): \"0; drop table users\" is not one SQL expression: it holds a ';' "
                + "outside quotes at position 1", e.getMessage());
    }
}
