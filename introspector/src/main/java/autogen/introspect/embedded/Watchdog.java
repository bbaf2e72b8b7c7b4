package autogen.introspect.embedded;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small shell process that outlives a JVM killed without warning ({@code kill -9}) just long enough to stop the
 * PostgreSQL server the JVM started and delete its folder. It waits on a pipe from the JVM; the operating system
 * closes the pipe when the JVM ends, however it ends. It ignores the signals a terminal or a CI runner sends to
 * the whole process group, so that it is there to clean up after them.
 */
final class Watchdog implements AutoCloseable {
    private static final String SCRIPT = String.join("\n",
            "trap '' INT TERM HUP QUIT",
            // The JVM says "done" when it has cleaned up itself; the end of the pipe without it means it died.
            "if read -r word && [ \"$word\" = done ]; then exit 0; fi",
            // Stop the postmaster of this data directory, and only that one: its command line names the directory.
            "pid=$(head -n 1 \"$1/postmaster.pid\" 2>/dev/null)",
            "if [ -n \"$pid\" ] && tr '\\0' ' ' < \"/proc/$pid/cmdline\" 2>/dev/null | grep -qF -- \"$1\"; then",
            "  kill -QUIT \"$pid\" 2>/dev/null",
            "  i=0",
            "  while [ $i -lt 50 ] && kill -0 \"$pid\" 2>/dev/null; do sleep 0.1; i=$((i + 1)); done",
            "fi",
            "rm -rf -- \"$2\"");

    private final Optional<Process> process;

    private Watchdog(Optional<Process> process) {
        this.process = process;
    }

    /** Watches the server on {@code dataDirectory}; on this JVM's end it stops it and deletes {@code folder}. */
    static Watchdog watch(Path dataDirectory, Path folder) {
        try {
            Process process = new ProcessBuilder("sh", "-c", SCRIPT, "autogen-watchdog", dataDirectory.toString(),
                    folder.toString()).redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start();
            return new Watchdog(Optional.of(process));
        } catch (IOException noShell) {
            // Without sh, the next start's sweep still stops the server and deletes the folder.
            return new Watchdog(Optional.empty());
        }
    }

    /** Lets the watchdog go without doing anything: the JVM stops the server and deletes the folder itself. */
    @Override
    public void close() {
        process.ifPresent(p -> {
            try {
                p.getOutputStream().write("done\n".getBytes(StandardCharsets.US_ASCII));
                p.getOutputStream().close();
            } catch (IOException e) {
                p.destroy();
            }
        });
    }
}
