package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mistake in the command line is one line like every other error, starting with {@code autogen:}, with the likely
 * fix where there is one and the command whose help lists what it takes; exit 2.
 */
class UsageErrorsTest {
    @Test
    void aMissingMessageIsOneLine() {
        assertEquals(List.of("autogen: Missing required option: '--message=<message>'; autogen revision --help lists"
                + " what it takes"), errors("revision"));
    }

    @Test
    void anUnknownOptionIsOneLineWithTheLikelyOne() {
        assertEquals(List.of("autogen: Unknown option: '--jsn' (did you mean --json?); autogen check --help lists"
                + " what it takes"), errors("check", "--jsn"));
    }

    @Test
    void anUnknownCommandIsOneLineWithTheLikelyOne() {
        assertEquals(List.of("autogen: Unmatched argument at index 0: 'upgarde' (did you mean upgrade?); autogen"
                + " --help lists what it takes"), errors("upgarde"));
    }

    /** What stderr got from {@code args} run as the executable runs them; the exit code must be 2. */
    private static List<String> errors(String... args) {
        StringWriter err = new StringWriter();
        PrintWriter writer = new PrintWriter(err, true);
        int code = Main.execute(Clock.systemUTC(), writer, args);
        assertEquals(2, code, err.toString());
        return err.toString().lines().toList();
    }
}
