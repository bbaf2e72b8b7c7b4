package autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code ./autogen} starts the CLI: its JVM flags, read from the launcher script at run time so that a
 * change there is benchmarked as is, and its class path. The script's class-data-sharing array
 * ({@code "${sharing[@]}"}) becomes {@code -XX:SharedArchiveFile} on its archive, which {@link #recordArchive}
 * writes first when it is missing or older than the CLI jar, as the script's first run would.
 */
record Launcher(List<String> jvmFlags, String classPath, Path classPathFile, Optional<Path> archive,
                List<String> recordingFlags) {
    /** Used only when the launcher's {@code exec java ... -cp} line cannot be understood. */
    static final List<String> FALLBACK_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
            "-Xshare:auto");
    private static final Pattern ARCHIVE = Pattern.compile("archive=\"\\$here/([^\"]+)\"");
    /** The flags the script adds to the recording run besides the archive's (its training, say). */
    private static final Pattern RECORDING = Pattern.compile(
            "sharing=\\(-XX:ArchiveClassesAtExit=\"\\$archive\"([^)]*)\\)");

    /**
     * The launcher of a built checkout: the distribution's ({@code distribution/target/autogen/bin/autogen}, which
     * {@code ./autogen} runs) where the build made one, else {@code ./autogen} itself, as older checkouts run.
     */
    static Launcher read(Path repo) throws IOException {
        Path installed = repo.resolve("distribution/target/autogen").toAbsolutePath();
        if (Files.isRegularFile(installed.resolve("bin/autogen"))) {
            return installed(installed);
        }
        String script = Files.readString(repo.resolve("autogen"));
        Matcher m = ARCHIVE.matcher(script);
        Optional<Path> archive = m.find() ? Optional.of(repo.resolve(m.group(1))) : Optional.empty();
        Path file = repo.resolve("cli/target/runtime-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + ": build first (see BENCHMARKS.md)");
        }
        Path jar = repo.resolve("cli/target/cli-0.1.0-SNAPSHOT.jar");
        Path cli = Files.isRegularFile(jar) ? jar : repo.resolve("cli/target/classes");
        return new Launcher(flags(script, archive), cli + ":" + Files.readString(file).trim(), file, archive,
                recordingFlags(script));
    }

    /** The distribution's launcher: its jars listed in lib/classpath, its archive in lib named after the folder. */
    private static Launcher installed(Path folder) throws IOException {
        String script = Files.readString(folder.resolve("bin/autogen"));
        Path file = folder.resolve("lib/classpath");
        String classPath = Arrays.stream(Files.readString(file).trim().split(":"))
                .map(entry -> folder.resolve(entry).toString()).collect(java.util.stream.Collectors.joining(":"));
        Optional<Path> archive = Optional.of(folder.resolve("lib/autogen"
                + folder.toString().replaceAll("[^A-Za-z0-9._-]", "_") + ".jsa"));
        return new Launcher(flags(script, archive), classPath, file, archive, recordingFlags(script));
    }

    private static List<String> recordingFlags(String script) {
        Matcher recording = RECORDING.matcher(script);
        return recording.find() ? Arrays.stream(recording.group(1).trim().split("\\s+"))
                .filter(f -> !f.isEmpty()).toList() : List.of();
    }

    /** The flags between {@code exec java} and {@code -cp}, with line continuations joined. */
    static List<String> flags(String script, Optional<Path> archive) {
        String joined = script.replace("\\\n", " ");
        for (String line : joined.lines().toList()) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("exec java ")) {
                continue;
            }
            List<String> tokens = Arrays.stream(trimmed.substring("exec java ".length()).trim().split("\\s+"))
                    .toList();
            int cp = tokens.indexOf("-cp");
            List<String> flags = new ArrayList<>();
            for (String token : cp < 0 ? List.<String>of() : tokens.subList(0, cp)) {
                if (token.contains("sharing") && archive.isPresent()) {
                    flags.add("-XX:SharedArchiveFile=" + archive.get());
                } else if (!token.contains("$")) {
                    flags.add(token.replace("\"", ""));
                } else {
                    flags.clear();
                    break;
                }
            }
            if (!flags.isEmpty()) {
                return flags;
            }
        }
        System.err.println("bench: cannot read the flags of ./autogen's 'exec java' line; using " + FALLBACK_FLAGS);
        return FALLBACK_FLAGS;
    }

    /**
     * Whether the archive the flags map must be recorded first: missing, or older than the class path file or
     * any jar on the class path, as the launcher decides (the JVM would refuse it without a word).
     */
    boolean archiveStale(Path repo) throws IOException {
        if (archive.isEmpty() || jvmFlags.stream().noneMatch(f -> f.startsWith("-XX:SharedArchiveFile"))) {
            return false;
        }
        if (!Files.exists(archive.get())) {
            return true;
        }
        var recorded = Files.getLastModifiedTime(archive.get());
        List<Path> inputs = new ArrayList<>(List.of(classPathFile));
        Arrays.stream(classPath.split(":")).map(Path::of).forEach(inputs::add);
        for (Path input : inputs) {
            if (Files.exists(input) && Files.getLastModifiedTime(input).compareTo(recorded) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The command that records the archive, as the launcher's first run does: the same flags, recording. */
    List<String> recordArchive(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java()));
        jvmFlags.stream().map(f -> f.startsWith("-XX:SharedArchiveFile")
                ? "-XX:ArchiveClassesAtExit=" + archive.orElseThrow() : f).forEach(command::add);
        command.addAll(recordingFlags);
        command.addAll(List.of("-cp", classPath, "autogen.cli.Main"));
        command.addAll(args);
        return command;
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

    /** The flags without class data sharing archives, which fit autogen's exact class path only. */
    List<String> peerFlags() {
        return jvmFlags.stream().filter(f -> !f.startsWith("-XX:SharedArchiveFile")
                && !f.startsWith("-XX:ArchiveClassesAtExit") && !f.startsWith("-XX:+AutoCreateSharedArchive"))
                .toList();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
