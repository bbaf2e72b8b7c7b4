package autogen.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user installs it: copied to another folder and run there with a JDK, and a {@code mvn} on
 * the PATH that only records being called, it checks the sample app without Maven and without the checkout's jars
 * (its class path names only its own folder), and its second run maps a class archive of its own (the one the
 * build's folder recorded does not fit the copy's class path).
 */
class CopiedDistributionIT {
    private static final Path BUILT = Path.of("target", "autogen").toAbsolutePath();
    private static final Path SAMPLE_CONFIG = Path.of("..", "sample-app", "autogen.properties").toAbsolutePath()
            .normalize();

    @TempDir
    Path temp;

    @Test
    void aCopyChecksTheSampleAppWithoutMavenOrTheCheckout() throws Exception {
        Path installed = copy(BUILT, temp.resolve("opt").resolve("autogen"));
        String path = tools();
        Path cache = Files.createDirectories(temp.resolve("cache"));

        Run first = run(installed, path, cache);
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().startsWith("In sync: the entities match the migrations in "), first.output());
        try (Stream<Path> archives = Files.list(installed.resolve("lib"))) {
            List<String> names = archives.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).toList();
            assertEquals(List.of("autogen" + installed.toString().replaceAll("[^A-Za-z0-9._-]", "_") + ".jsa"), names,
                    "one archive, the copy's own");
        }
        Run second = run(installed, path, cache);
        assertEquals(0, second.exitCode(), second.output());
        assertEquals(first.output(), second.output());
        assertFalse(Files.exists(temp.resolve("maven-was-called")), "Maven was called");
        String classPath = Files.readString(installed.resolve("lib/classpath")).trim();
        assertTrue(Stream.of(classPath.split(":")).allMatch(e -> e.startsWith("lib/") && !e.contains("..")),
                "every jar under the folder itself: " + classPath);
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path installed, String path, Path cache) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(installed.resolve("bin/autogen").toString(), "--config",
                SAMPLE_CONFIG.toString(), "check").redirectErrorStream(true);
        builder.environment().put("PATH", path);
        builder.environment().put("AUTOGEN_CACHE_DIR", cache.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "autogen did not end");
        return new Run(process.exitValue(), output);
    }

    /** The system's PATH behind a folder with this JDK's java and a mvn that records being called and fails. */
    private String tools() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("path"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        java.toFile().setExecutable(true);
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ntouch '" + temp.resolve("maven-was-called")
                + "'\nexit 1\n");
        mvn.toFile().setExecutable(true);
        return bin + ":/usr/local/bin:/usr/bin:/bin";
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
