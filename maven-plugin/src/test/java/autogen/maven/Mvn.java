package autogen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real {@code mvn}, the one running this build, as its own process on a test project: the plugin and the autogen
 * modules come from the repository the invoker plugin installed them into, everything else from the build's own
 * local repository, read as a remote one so that it is never written.
 */
final class Mvn {
    /** What a run printed (standard output and error together) and returned. */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private static final List<String> AUTOGEN_ENVIRONMENT = List.of("DATABASE_URL", "ALLOW_DESTRUCTIVE_MIGRATIONS",
            "AUTOGEN_ENV", "ENVIRONMENT");

    /** Numbers each run's log, across every test of this JVM. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Path settings;
    private final Path work;

    private Mvn(Path settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    /** A Maven whose runs keep their settings, logs and model cache in {@code work}. */
    static Mvn in(Path work) {
        Path upstream = Path.of(property("autogen.it.upstream"));
        String repository = """
                <repository>
                  <id>upstream</id>
                  <url>%s</url>
                  <!-- A local repository holds no checksums of what it downloaded. -->
                  <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
                  <!-- autogen's own snapshots come from the installed repository only, never from the user's. -->
                  <snapshots><enabled>false</enabled></snapshots>
                </repository>""".formatted(upstream.toUri());
        String settings = """
                <settings>
                  <profiles>
                    <profile>
                      <id>upstream</id>
                      <repositories>%s</repositories>
                      <pluginRepositories>%s</pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>upstream</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, repository.replace("repository>", "pluginRepository>"));
        try {
            Files.createDirectories(work);
            return new Mvn(Files.writeString(work.resolve("settings.xml"), settings), work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code mvn args} in {@code project}, failing the test when it does not end within ten minutes. */
    Result run(Path project, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(property("maven.home"), "bin", "mvn").toString(),
                "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + property("autogen.it.repository")));
        command.addAll(List.of(args));
        Path log = work.resolve("mvn-" + RUNS.incrementAndGet() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> AUTOGEN_ENVIRONMENT.contains(name) || name.startsWith("AUTOGEN_"));
        env.put("AUTOGEN_CACHE_DIR", work.resolve("model-cache").toString());
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn " + String.join(" ", args) + " did not end within ten minutes; see "
                        + log);
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test through failsafe (mvn verify)");
        }
        return value;
    }
}
