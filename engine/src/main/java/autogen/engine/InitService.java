package autogen.engine;

import autogen.codegen.files.WholeFile;
import autogen.codegen.format.Formats;
import autogen.codegen.format.MigrationFormat;
import autogen.model.EntityPackages;
import autogen.model.SpringApplicationFiles;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code autogen init}: the {@code autogen.properties} and migrations folder of a project, with what can be found
 * out rather than asked: its entity packages from its compiled classes, its class path from its build (Maven's
 * target/classes and the dependencies Maven lists), whether it is a Spring Boot application, and the migration
 * format it already uses.
 */
public final class InitService {
    /** What {@code init} wrote and found. */
    public record Init(Path config, Path migrations, List<String> packages, String classPath, MigrationFormat format,
                       boolean formatFound, boolean springBoot) {
    }

    private static final String CLASS_LIST = "target/classpath.txt";

    /** Writes the settings of the project in {@code project}; {@code progress} hears of steps that take a while. */
    public Init init(Path project, Optional<String> format, boolean force, Consumer<String> progress) {
        Path config = project.resolve(Settings.CONFIG_FILE);
        if (Files.exists(config) && !force) {
            throw new AutogenException(Failure.BAD_INPUT, config + " exists already: autogen init --force writes"
                    + " it again");
        }
        // A mistake in what was asked is answered before any work (a Maven build takes a while).
        Optional<MigrationFormat> asked = format.map(Formats::named);
        boolean maven = Files.isRegularFile(project.resolve("pom.xml"));
        Path classes = project.resolve(maven || !Files.isDirectory(project.resolve("build")) ? "target/classes"
                : "build/classes/java/main");
        List<String> classPath = new ArrayList<>(List.of(project.relativize(classes).toString()));
        if (maven) {
            progress.accept("autogen: compiling the project and listing its class path (mvn compile"
                    + " dependency:build-classpath)...");
            maven(project);
            classPath.add(CLASS_LIST);
        } else if (!Files.isDirectory(classes)) {
            throw new AutogenException(Failure.BAD_INPUT, "no compiled classes in " + classes + ": run autogen init"
                    + " in a Maven project's folder, or build the project first (gradle classes)");
        }
        List<String> packages = EntityPackages.in(List.of(classes));
        if (packages.isEmpty()) {
            throw new AutogenException(Failure.BAD_INPUT, "no entity classes in " + classes + ": autogen reads the"
                    + " classes that @Entity marks");
        }
        String jars = jarsListed(project);
        Optional<MigrationFormat> found = found(project, jars);
        MigrationFormat chosen = asked.or(() -> found).orElse(Formats.JAVA);
        Path migrations = project.resolve(chosen.conventionalFolder());
        String listed = String.join(",", classPath);
        write(config, text(packages, listed, chosen));
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot create " + migrations + ": " + e.getMessage(), e);
        }
        return new Init(config, migrations, packages, listed, chosen, found.isPresent() && asked.isEmpty(),
                springBoot(jars, classes));
    }

    private static String text(List<String> packages, String classPath, MigrationFormat format) {
        StringBuilder text = new StringBuilder("""
                # autogen's settings for this project, written by autogen init.
                # Every key is in autogen's docs/configuration.md.
                # The packages whose @Entity classes autogen reads (with their subpackages).
                """);
        text.append("entity.packages=").append(String.join(",", packages)).append('\n');
        text.append("# The compiled classes and the jars they need; ").append(CLASS_LIST)
                .append(" is Maven's list of them,\n# written again by: mvn dependency:build-classpath"
                        + " -Dmdep.outputFile=").append(CLASS_LIST).append('\n');
        text.append("class.path=").append(classPath).append('\n');
        text.append("migrations=").append(format.conventionalFolder()).append('\n');
        text.append("format=").append(format.name()).append('\n');
        text.append("""
                # The database: DATABASE_URL, a .env file, --db, or database.url here (a Spring Boot application's
                # spring.datasource.url counts too). Without one, check compares with a throwaway PostgreSQL.
                # database.url=postgresql://app@localhost:5432/app
                # Every table also gets five metadata columns (is_active, is_flagged, notes, created_at, updated_at)
                # and a trigger that keeps updated_at current. To leave them out:
                # metadata.enabled=false
                """);
        return text.toString();
    }

    /** Compiles the project and lists its compile class path, as Maven resolves it. */
    private static void maven(Path project) {
        List<String> command = List.of("mvn", "-q", "-B", "compile", "dependency:build-classpath",
                "-Dmdep.includeScope=compile", "-Dmdep.outputFile=" + CLASS_LIST);
        try {
            Path log = Files.createTempFile("autogen-init-", ".log");
            try {
                Process mvn = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!mvn.waitFor(30, TimeUnit.MINUTES) || mvn.exitValue() != 0) {
                    mvn.destroyForcibly();
                    // Maven's first error that says something: not its banner, not its colour codes.
                    String last = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                            .map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").strip())
                            .filter(l -> l.startsWith("[ERROR] ") && !l.endsWith("COMPILATION ERROR :"))
                            .findFirst().orElse("exit " + mvn.exitValue());
                    throw new AutogenException(Failure.BAD_INPUT, "mvn compile failed in " + project + ": " + last);
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot run mvn in " + project + " (" + e.getMessage()
                    + "): autogen init lists a Maven project's class path with Maven", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException(Failure.BAD_INPUT, "autogen init was interrupted while mvn ran", e);
        }
    }

    /** Maven's list of the project's jars, as {@code init} had Maven write it; empty where there is none. */
    private static String jarsListed(Path project) {
        Path list = project.resolve(CLASS_LIST);
        try {
            return Files.isRegularFile(list) ? Files.readString(list) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The format whose folder, or whose tool among the project's jars, the project has already. */
    private static Optional<MigrationFormat> found(Path project, String jars) {
        List<MigrationFormat> tools = Formats.all().stream().filter(f -> f != Formats.JAVA).toList();
        Optional<MigrationFormat> byFolder = tools.stream()
                .filter(f -> Files.isDirectory(project.resolve(f.conventionalFolder()))).findFirst();
        // Else their core jars: flyway-core, liquibase-core (dbmate is no jar).
        return byFolder.or(() -> tools.stream().filter(f -> jars.contains("/" + f.name() + "-core-")).findFirst());
    }

    /** Spring Boot among the jars, or spring. settings in the application's files beside the classes. */
    private static boolean springBoot(String jars, Path classes) {
        return jars.contains("spring-boot") || SpringApplicationFiles.inFolders(List.of(classes)).keySet().stream()
                .anyMatch(k -> k.startsWith("spring."));
    }

    private static void write(Path config, String text) {
        try {
            WholeFile.write(config, text);
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot write " + config + ": " + e.getMessage(), e);
        }
    }
}
