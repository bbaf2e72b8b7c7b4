package autogen.diff.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a type change does to stored values, one row per change, with the hazards a reviewer then sees. */
class TypeChangeTest {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            character varying(100)       | character varying(200)       | WIDENS
            character varying(200)       | character varying(100)       | NARROWS
            character varying(255)       | text                         | WIDENS
            text                         | character varying(255)       | NARROWS
            text                         | character varying            | WIDENS
            character varying            | character varying(10)        | NARROWS
            integer                      | bigint                       | WIDENS_WITH_REWRITE
            bigint                       | integer                      | NARROWS
            smallint                     | integer                      | WIDENS_WITH_REWRITE
            integer                      | numeric(12,2)                | WIDENS_WITH_REWRITE
            integer                      | numeric(5,0)                 | NARROWS
            numeric(10,2)                | numeric(12,2)                | WIDENS
            numeric(12,2)                | numeric(10,2)                | NARROWS
            numeric(10,2)                | numeric(12,4)                | WIDENS_WITH_REWRITE
            numeric(10,2)                | numeric(10,4)                | NARROWS
            numeric(10,2)                | numeric                      | WIDENS
            numeric                      | numeric(10,2)                | NARROWS
            numeric(10,2)                | integer                      | NARROWS
            real                         | double precision             | WIDENS_WITH_REWRITE
            double precision             | real                         | NARROWS
            timestamp(3) with time zone  | timestamp(6) with time zone  | WIDENS
            timestamp(6) with time zone  | timestamp(3) with time zone  | NARROWS
            timestamp with time zone     | timestamp(6) with time zone  | WIDENS
            date                         | timestamp without time zone  | WIDENS_WITH_REWRITE
            timestamp without time zone  | date                         | NARROWS
            character(2)                 | character(4)                 | WIDENS_WITH_REWRITE
            character varying(20)[]      | character varying(40)[]      | WIDENS
            integer[]                    | integer                      | CONVERTS
            text                         | integer                      | CONVERTS
            integer                      | text                         | CONVERTS
            uuid                         | text                         | CONVERTS
            timestamp without time zone  | timestamp with time zone     | CONVERTS
            """)
    void classifies(String from, String to, TypeChange expected) {
        assertEquals(expected, TypeChange.of(from, to));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WIDENS              | ''
            WIDENS_WITH_REWRITE | REWRITES_TABLE
            NARROWS             | NARROWS_TYPE REWRITES_TABLE
            CONVERTS            | NARROWS_TYPE MAY_FAIL_ON_EXISTING_ROWS REWRITES_TABLE
            """)
    void flagsWhatIsTrue(TypeChange change, String hazards) {
        assertEquals(hazards, String.join(" ", change.hazards().stream().sorted().map(Hazard::name).toList()));
    }
}
