package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Spring Boot application built by Maven with Spring Boot's own starter parent (Boot 3.5, which brings Hibernate
 * 6.6, and Boot 4.0, which brings Hibernate 7.2), run once with {@code ddl-auto=create} so that its Hibernate writes
 * the schema as the application has it: autogen, given the project's classes and the class path Maven lists, finds
 * that schema in sync (Spring Boot's column and table names, the NOT NULLs and lengths Hibernate Validator's
 * constraints give), and its own first migration builds the same tables and columns under autogen's key names.
 */
class SpringBootProjectTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "spring-boot-project").toAbsolutePath();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "Spring Boot {0}")
    @ValueSource(strings = {"3.5.7", "4.0.7"})
    void theSchemaSpringBootsHibernateWritesIsInSync(String bootVersion) throws Exception {
        Path project = build(bootVersion);
        CliHarness booted = new CliHarness("boot_created");
        runApplication(project, booted.jdbcUrl());
        Files.createDirectories(project.resolve("migrations"));
        Files.write(project.resolve("autogen.properties"), List.of("entity.packages=shop",
                "class.path=target/classes,target/classpath.txt", "metadata.enabled=false"));
        String config = project.resolve("autogen.properties").toString();

        CliHarness.Run check = booted.run("check", "--config", config, "--db", booted.jdbcUrl());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().startsWith("In sync"), check.out());

        CliHarness fresh = new CliHarness("autogen_created");
        CliHarness.Run revision = fresh.run("-m", "Shop", "--config", config, "--db", fresh.jdbcUrl());
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        assertEquals(0, fresh.run("upgrade", "head", "--config", config, "--db", fresh.jdbcUrl()).exitCode());
        List<String> columns = columns(booted);
        assertEquals(columns, columns(fresh), "the same tables and columns as Spring Boot's Hibernate writes");
        assertTrue(columns.containsAll(List.of("book_shelf.display_name character varying(40) NO",
                "book_shelf.capacity integer NO", "book_shelf_tags.tags_id bigint NO",
                "room.room_number character varying(255) NO", "tag.label character varying(30) YES")),
                columns.toString());
        assertEquals(List.of("book_shelf fk_book_shelf_home_room_id_room",
                "book_shelf_tags fk_book_shelf_tags_book_shelf_id_book_shelf",
                "book_shelf_tags fk_book_shelf_tags_tags_id_tag"), foreignKeys(fresh), "autogen's key names");
    }

    /** The fixture with the starter parent at {@code bootVersion}, built, with its class path listed by Maven. */
    private Path build(String bootVersion) throws Exception {
        Path project = temp.resolve("shop-" + bootVersion);
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = project.resolve(FIXTURE.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, Files.readString(file).replace("@SPRING_BOOT_VERSION@", bootVersion));
            }
        }
        run(project, List.of("mvn", "-q", "-B", "package", "-DskipTests", "dependency:build-classpath",
                "-Dmdep.outputFile=target/classpath.txt"));
        return project;
    }

    /** Runs the application once with {@code ddl-auto=create}: its Hibernate writes the schema, then it ends. */
    private static void runApplication(Path project, String jdbcUrl) throws Exception {
        String classPath = "target/classes:" + Files.readString(project.resolve("target/classpath.txt")).trim();
        run(project, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "shop.ShopApplication", "--spring.datasource.url=" + jdbcUrl, "--spring.jpa.hibernate.ddl-auto=create",
                "--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
    }

    private static void run(Path folder, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n"
                + new String(output, StandardCharsets.UTF_8));
    }

    private static List<String> columns(CliHarness db) throws Exception {
        return db.strings("select table_name || '.' || column_name || ' ' || case when character_maximum_length"
                + " is null then data_type else data_type || '(' || character_maximum_length || ')' end || ' '"
                + " || is_nullable from information_schema.columns where table_schema = 'public' and table_name"
                + " <> 'autogen_version' order by 1");
    }

    private static List<String> foreignKeys(CliHarness db) throws Exception {
        return db.strings("select conrelid::regclass || ' ' || conname from pg_constraint where contype = 'f'"
                + " order by 1");
    }
}
