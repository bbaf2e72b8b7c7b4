package autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How {@code ./autogen} starts the CLI: its JVM flags (read from the launcher script at run time, so a change
 * there, such as adding class data sharing, is benchmarked as is) and its class path.
 */
record Launcher(List<String> jvmFlags, String classPath) {
    /** Used only when the launcher's {@code exec java ... -cp} line cannot be found. */
    static final List<String> FALLBACK_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto");

    static Launcher read(Path repo) throws IOException {
        return new Launcher(flags(Files.readString(repo.resolve("autogen"))), classPath(repo));
    }

    /** The flags between {@code exec java} and {@code -cp}, with line continuations joined. */
    static List<String> flags(String script) {
        String joined = script.replace("\\\n", " ");
        for (String line : joined.lines().toList()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("exec java ")) {
                List<String> tokens = Arrays.stream(trimmed.substring("exec java ".length()).trim().split("\\s+"))
                        .toList();
                int cp = tokens.indexOf("-cp");
                if (cp >= 0 && tokens.subList(0, cp).stream().noneMatch(t -> t.contains("$"))) {
                    return tokens.subList(0, cp).stream().map(t -> t.replace("\"", "")).toList();
                }
            }
        }
        System.err.println("bench: no plain 'exec java <flags> -cp' line in ./autogen; using " + FALLBACK_FLAGS);
        return FALLBACK_FLAGS;
    }

    private static String classPath(Path repo) throws IOException {
        Path file = repo.resolve("cli/target/runtime-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + ": build first (see BENCHMARKS.md)");
        }
        return repo.resolve("cli/target/classes") + ":" + Files.readString(file).trim();
    }

    /** {@code java <flags> -cp <autogen's class path>[:extra] mainClass args...}. */
    List<String> command(String extraClassPath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(extraClassPath.isEmpty() ? classPath : classPath + ":" + extraClassPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The flags without class data sharing archives, which belong to autogen's class path only. */
    List<String> peerFlags() {
        return jvmFlags.stream().filter(f -> !f.startsWith("-XX:SharedArchiveFile")
                && !f.startsWith("-XX:ArchiveClassesAtExit") && !f.startsWith("-XX:+AutoCreateSharedArchive"))
                .toList();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
