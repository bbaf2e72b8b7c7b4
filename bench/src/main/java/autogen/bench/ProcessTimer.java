package autogen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Runs a command as a process and times it from start to exit, killing it past a time limit. */
final class ProcessTimer {
    /** One finished (or killed) run: wall time, exit code, output, and the RESULT/INFO lines it printed. */
    record Run(double millis, int exitCode, boolean timedOut, String output) {
        boolean ok() {
            return !timedOut && exitCode == 0;
        }

        /** {@code RESULT name run ms} lines as name to values, in run order. */
        Map<String, List<Double>> results() {
            Map<String, List<Double>> results = new TreeMap<>();
            output.lines().filter(l -> l.startsWith("RESULT ")).map(l -> l.split(" ")).forEach(p ->
                    results.computeIfAbsent(p[1], k -> new ArrayList<>()).add(Double.parseDouble(p[3])));
            return results;
        }

        /** {@code INFO name value} lines. */
        Map<String, String> infos() {
            Map<String, String> infos = new TreeMap<>();
            output.lines().filter(l -> l.startsWith("INFO ")).map(l -> l.split(" ", 3))
                    .forEach(p -> infos.put(p[1], p[2]));
            return infos;
        }

        String tail() {
            List<String> lines = output.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        }
    }

    private final Path workDir;
    private final Path scratch;
    private final Map<String, String> env;

    /** Runs in {@code workDir} with {@code env} added to the environment; logs go to {@code scratch}. */
    ProcessTimer(Path workDir, Path scratch, Map<String, String> env) {
        this.workDir = workDir;
        this.scratch = scratch;
        this.env = Map.copyOf(env);
    }

    Run run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Path log = Files.createTempFile(scratch, "run", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            double millis = (System.nanoTime() - start) / 1e6;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return new Run(millis, finished ? process.exitValue() : -1, !finished, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
