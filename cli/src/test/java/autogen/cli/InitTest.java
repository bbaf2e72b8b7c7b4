package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen init} in a fresh Maven project, plain and Spring Boot, then {@code autogen -m} and {@code check}
 * with no other edit: the entity packages, the class path and the format are found, not asked.
 */
class InitTest {
    private static final Path SPRING_BOOT_PROJECT = Path.of("src", "test", "resources", "spring-boot-project")
            .toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aPlainMavenProjectNeedsNoOtherEdit() throws Exception {
        Path project = temp.resolve("plain");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>shop</groupId>
                  <artifactId>shop</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.source>17</maven.compiler.source>
                    <maven.compiler.target>17</maven.compiler.target>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>3.2.0</version>
                    </dependency>
                  </dependencies>
                </project>
                """);
        source(project, "shop/customers/Customer.java", """
                package shop.customers;

                @jakarta.persistence.Entity
                public class Customer {
                    @jakarta.persistence.Id Long id;
                    String name;
                }
                """);
        source(project, "shop/billing/Invoice.java", """
                package shop.billing;

                @jakarta.persistence.Entity
                public class Invoice {
                    @jakarta.persistence.Id Long id;
                    @jakarta.persistence.ManyToOne shop.customers.Customer customer;
                }
                """);
        source(project, "shop/Main.java", "package shop;\n\npublic class Main {\n}\n");

        CliProcess.Result init = CliProcess.run(project, Map.of(), null, "init");
        assertEquals(0, init.exitCode(), init.out() + init.err());
        Properties written = properties(project);
        assertEquals("shop.billing,shop.customers", written.getProperty("entity.packages"));
        assertEquals("target/classes,target/classpath.txt", written.getProperty("class.path"));
        assertEquals("java", written.getProperty("format"));
        assertTrue(init.out().contains("metadata.enabled=false"), init.out());
        assertTrue(Files.isDirectory(project.resolve("migrations")));

        String revision = revisionThenCheck(project, "migrations");
        assertTrue(revision.contains("Every table gets autogen's metadata columns (is_active, is_flagged, notes,"
                + " created_at, updated_at) and an updated_at trigger: metadata.enabled=false in autogen.properties"
                + " leaves them out."), revision);
        CliProcess.Result fish = CliProcess.run(project, Map.of(), null, "init", "--force", "--format", "fish");
        assertEquals(3, fish.exitCode());
        assertEquals(List.of("autogen: unknown migration format 'fish': use java, flyway, dbmate, liquibase"),
                fish.err().lines().toList(), "refused before Maven runs");
        CliProcess.Result again = CliProcess.run(project, Map.of(), null, "init");
        assertEquals(3, again.exitCode());
        assertEquals(List.of("autogen: " + project.resolve("autogen.properties") + " exists already: autogen init"
                + " --force writes it again"), again.err().lines().toList());
    }

    @Test
    void aSpringBootProjectIsFoundToBeOne() throws Exception {
        Path project = temp.resolve("boot");
        try (Stream<Path> files = Files.walk(SPRING_BOOT_PROJECT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = project.resolve(SPRING_BOOT_PROJECT.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, Files.readString(file).replace("@SPRING_BOOT_VERSION@", "3.5.7"));
            }
        }
        CliProcess.Result init = CliProcess.run(project, Map.of(), null, "init");
        assertEquals(0, init.exitCode(), init.out() + init.err());
        assertEquals("shop", properties(project).getProperty("entity.packages"));
        assertTrue(init.out().contains("Spring Boot application"), init.out());
        revisionThenCheck(project, "migrations");
        assertTrue(Files.readString(Files.list(project.resolve("migrations")).findFirst().orElseThrow())
                .contains("\"book_shelf\""), "Spring Boot's names");
    }

    /** What {@code -m} printed, after checking that it wrote one file and that check is then in sync. */
    private static String revisionThenCheck(Path project, String migrations) throws Exception {
        CliProcess.Result revision = CliProcess.run(project, Map.of(), null, "-m", "Initial schema");
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        try (Stream<Path> files = Files.list(project.resolve(migrations))) {
            assertEquals(1, files.count(), "one migration written");
        }
        CliProcess.Result check = CliProcess.run(project, Map.of(), null, "check");
        assertEquals(0, check.exitCode(), check.out() + check.err());
        return revision.out();
    }

    private static void source(Path project, String path, String text) throws Exception {
        Path file = project.resolve("src/main/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Properties properties(Path project) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(project.resolve("autogen.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
