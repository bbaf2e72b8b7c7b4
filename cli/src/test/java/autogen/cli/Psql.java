package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The psql on the PATH, run on a script as a DBA would: {@code psql -v ON_ERROR_STOP=1 -f}. */
final class Psql {
    private Psql() {
    }

    /** What psql returned and printed. */
    record Result(int code, String output) {
    }

    /** Runs {@code script}, written to a file in {@code temp}, against the database of {@code cli}. */
    static Result run(Path temp, CliHarness cli, String script) throws Exception {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)\\?user=([^&]+)")
                .matcher(cli.jdbcUrl());
        assertTrue(url.matches(), cli.jdbcUrl());
        Path file = Files.createTempFile(temp, "script-", ".sql");
        Files.writeString(file, script);
        List<String> command = List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", url.group(1), "-p",
                url.group(2), "-U", url.group(4), "-d", url.group(3), "-f", file.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("psql is needed to apply autogen's SQL scripts as DBAs do: install"
                    + " postgresql-client (.ci/run does)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "psql ended");
        return new Result(process.exitValue(), output);
    }
}
