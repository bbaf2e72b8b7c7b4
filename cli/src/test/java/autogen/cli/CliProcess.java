package autogen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CLI as a process of its own, as users and CI run it: its own JVM, exit code, signals and umask. */
final class CliProcess {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** What a finished process printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code autogen args} with the test's class path, in {@code folder} (which also receives its output),
     * with {@code env} added to the environment; {@code umask}, when not null, is set by a shell first.
     */
    static CliProcess start(Path folder, Map<String, String> env, String umask, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        if (umask != null) {
            command.addAll(0, List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        }
        try {
            Files.createDirectories(folder);
            Path out = Files.createTempFile(folder, "out-", ".txt");
            Path err = Files.createTempFile(folder, "err-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            return new CliProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(Path folder, Map<String, String> env, String umask, String... args) {
        return start(folder, env, umask, args).await(Duration.ofMinutes(2));
    }

    Process process() {
        return process;
    }

    /** Waits for the process to end, failing the test (and killing it) when it takes longer than {@code limit}. */
    Result await(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("autogen did not end within " + limit + ": " + read(err));
            }
            return new Result(process.exitValue(), read(out), read(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
