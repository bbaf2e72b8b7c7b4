package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class path as projects hold it: entities in a jar among others in a folder, named as {@code lib/*}, as the
 * folder, or through the file {@code mvn dependency:build-classpath -Dmdep.outputFile=...} writes; a wildcard over a
 * missing folder is one line. {@code DATABASE_URL} comes from a {@code .env} file in the working folder when the
 * environment lacks it, as with dbmate.
 */
class ClassPathFormsTest {
    private static final String PKG = "autogen.jarred";

    @TempDir
    Path temp;

    @Test
    void entitiesInAJarAreFoundThroughAWildcardAFolderOfJarsAndAClassPathFile() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(EntitySources.compile(temp.resolve("entities"), EntitySources.entity(PKG, "Shelf", "shelves",
                "String label;")), lib.resolve("entities.jar"));
        jar(Files.createDirectories(temp.resolve("empty")), lib.resolve("another.jar"));
        Path listed = Files.writeString(temp.resolve("classpath.txt"), lib.resolve("another.jar") + ":"
                + lib.resolve("entities.jar"));

        for (String classPath : List.of(lib.resolve("*").toString(), lib.toString(), listed.toString())) {
            CliHarness cli = new CliHarness("jars");
            CliHarness.Run check = cli.run("check", "--packages", PKG, "--class-path", classPath, "--migrations",
                    temp.resolve("none").toString(), "--db", cli.jdbcUrl());
            assertEquals(1, check.exitCode(), classPath + ": " + check.out() + check.err());
            assertTrue(check.out().contains("shelves"), classPath + ": " + check.out());
        }
        CliHarness.Run missing = new CliHarness("jars").run("check", "--packages", PKG, "--class-path",
                temp.resolve("nowhere").resolve("*").toString());
        assertEquals(3, missing.exitCode(), missing.err());
        assertEquals("autogen: class path entry does not exist: " + temp.resolve("nowhere") + " (named by "
                + temp.resolve("nowhere").resolve("*") + ")", missing.err().strip());
    }

    @Test
    void aClassTheEntitiesNeedMissingFromTheClassPathIsOneLineNamingIt() throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(EntitySources.entity(PKG, "Invoice", "invoices",
                "@Embedded autogen.elsewhere.Money total;"));
        sources.put("autogen.elsewhere.Money", "package autogen.elsewhere;\n\n@jakarta.persistence.Embeddable\n"
                + "public class Money {\n    java.math.BigDecimal amount;\n    String currency;\n}\n");
        Path classes = EntitySources.compile(temp.resolve("invoices"), sources);
        Files.delete(classes.resolve("autogen/elsewhere/Money.class"));
        CliHarness cli = new CliHarness("missing");
        CliHarness.Run check = cli.run("check", "--packages", PKG, "--class-path", classes.toString(),
                "--migrations", temp.resolve("none").toString(), "--db", cli.jdbcUrl());
        assertEquals(3, check.exitCode(), check.err());
        assertEquals("autogen: the entities need class autogen.elsewhere.Money, which is not on the class path: add"
                + " the jar that holds it (and the jars it needs) to class.path", check.err().strip());
    }

    @Test
    void anEntitysMissingSuperclassIsOneLineNamingBoth() throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(Map.of(PKG + ".Invoice", "package " + PKG + ";\n\n"
                + "@jakarta.persistence.Entity\npublic class Invoice extends autogen.elsewhere.Base {\n"
                + "    String number;\n}\n"));
        sources.put("autogen.elsewhere.Base", "package autogen.elsewhere;\n\n@jakarta.persistence.MappedSuperclass\n"
                + "public class Base {\n    @jakarta.persistence.Id Long id;\n}\n");
        Path classes = EntitySources.compile(temp.resolve("based"), sources);
        Files.delete(classes.resolve("autogen/elsewhere/Base.class"));
        CliHarness cli = new CliHarness("superclass");
        CliHarness.Run check = cli.run("check", "--packages", PKG, "--class-path", classes.toString(),
                "--migrations", temp.resolve("none").toString(), "--db", cli.jdbcUrl());
        assertEquals(3, check.exitCode(), check.err());
        assertEquals("autogen: cannot load class " + PKG + ".Invoice: the entities need class autogen.elsewhere.Base,"
                + " which is not on the class path: add the jar that holds it (and the jars it needs) to class.path",
                check.err().strip());
    }

    @Test
    void sourcesEditedAfterTheBuildAreNamedInAWarning() throws Exception {
        Path project = temp.resolve("maven-project");
        Path built = EntitySources.compile(temp.resolve("built"), EntitySources.entity(PKG, "Lamp", "lamps",
                "String color;"));
        Path classes = Files.createDirectories(project.resolve("target"));
        Files.move(built, classes.resolve("classes"));
        Path source = project.resolve("src/main/java/autogen/jarred/Lamp.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "// edited after the build\n");
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                + 60_000));
        CliHarness cli = new CliHarness("stale");
        CliHarness.Run check = cli.run("check", "--packages", PKG, "--class-path", classes.resolve("classes")
                .toString(), "--migrations", temp.resolve("none").toString(), "--db", cli.jdbcUrl());
        assertEquals(1, check.exitCode(), check.err());
        assertEquals("autogen: warning: autogen/jarred/Lamp.java in " + project.resolve("src/main/java")
                + " is newer than the classes in " + classes.resolve("classes") + ": compile first (mvn compile),"
                + " or autogen reads the entities as they were", check.err().strip());

        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(0));
        CliHarness.Run fresh = cli.run("check", "--packages", PKG, "--class-path", classes.resolve("classes")
                .toString(), "--migrations", temp.resolve("none").toString(), "--db", cli.jdbcUrl());
        assertEquals("", fresh.err(), "no warning once the classes are newer");
    }

    @Test
    void databaseUrlComesFromADotEnvFileWhenTheEnvironmentLacksIt() throws Exception {
        CliHarness cli = new CliHarness("dotenv");
        Path project = Files.createDirectories(temp.resolve("project"));
        Path migrations = project.resolve("migrations");
        MigrationFiles.write(migrations, "20261201000000", List.of(), "Notes",
                MigrationFiles.execute("create table notes (id integer primary key)"),
                MigrationFiles.execute("drop table notes"));
        Files.writeString(project.resolve(".env"), "# the app's settings\nexport DATABASE_URL=\"" + cli.jdbcUrl()
                + "\"\nOTHER=1\n");
        CliProcess.Result upgrade = CliProcess.run(project, Map.of(), null, "upgrade", "head", "--migrations",
                migrations.toString());
        assertEquals(0, upgrade.exitCode(), upgrade.out() + upgrade.err());
        assertEquals(List.of("20261201000000 upgrade success"), RunnerFaultsTest.rows(cli));
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
    }
}
