package autogen.introspect.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds and stops a PostgreSQL server still running on a data directory whose owner is gone. */
final class Leftovers {
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private Leftovers() {
    }

    /** Stops the postmaster running on {@code folder} or its {@code data} folder, if one is. */
    static void stopServerIn(Path folder) {
        for (Path dataDirectory : List.of(folder.resolve("data"), folder)) {
            postmaster(dataDirectory).ifPresent(Leftovers::stop);
        }
    }

    /** The live postmaster of {@code dataDirectory}: the pid in its postmaster.pid, if that one's command names it. */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
            String command = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            return command.contains(dataDirectory.toString()) ? ProcessHandle.of(pid) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            // No pid file, a process already gone, or no /proc: nothing to stop here.
            return Optional.empty();
        }
    }

    /**
     * SIGQUIT, PostgreSQL's immediate shutdown: it stops every server process and releases the shared memory at
     * once, clients or not. SIGKILL only if that fails.
     */
    private static void stop(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster.pid())).start().waitFor();
        } catch (IOException e) {
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!exited(postmaster)) {
            postmaster.destroyForcibly();
            exited(postmaster);
        }
    }

    /** Waits for {@code process} to end; whether it did within the wait. */
    static boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
