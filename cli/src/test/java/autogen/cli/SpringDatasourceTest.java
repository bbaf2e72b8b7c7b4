package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.introspect.embedded.EmbeddedServer;
import autogen.runner.JavaCompilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot application's {@code spring.datasource.url} and {@code username} in its application.properties, with
 * a placeholder for the URL and the password in {@code SPRING_DATASOURCE_PASSWORD}, are the database autogen works
 * on when none is given to it; the password is never printed. A database of another kind is left out.
 */
class SpringDatasourceTest {
    private static final String PASSWORD = "Spr1ngS3cret";
    private static EmbeddedServer server;
    private static String port;

    @TempDir
    Path temp;

    @BeforeAll
    static void passwordServer() throws Exception {
        server = EmbeddedServer.start();
        PasswordServer.requirePasswords(server, "shop", PASSWORD);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"));
             Statement s = c.createStatement()) {
            s.execute("create database shop owner shop");
        }
        port = PasswordServer.port(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theApplicationsDatasourceIsTheDatabase() throws Exception {
        Path project = project("spring.datasource.url=${SHOP_DB_URL:jdbc:postgresql://127.0.0.1:1/nowhere}\n"
                + "spring.datasource.username=shop\n");
        Map<String, String> env = Map.of("SHOP_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/shop",
                "SPRING_DATASOURCE_PASSWORD", PASSWORD);
        CliProcess.Result revision = CliProcess.run(project, env, null, "-m", "Products");
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        CliProcess.Result upgrade = CliProcess.run(project, env, null, "upgrade", "head");
        assertEquals(0, upgrade.exitCode(), upgrade.out() + upgrade.err());
        CliProcess.Result check = CliProcess.run(project, env, null, "check");
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("postgresql://127.0.0.1:" + port + "/shop (spring.datasource.url)"),
                check.out());
        assertEquals(List.of("products"), tables());
        for (CliProcess.Result run : List.of(revision, upgrade, check)) {
            assertFalse((run.out() + run.err()).contains(PASSWORD), "password printed: " + run.out() + run.err());
        }

        CliProcess.Result wrong = CliProcess.run(project, Map.of("SHOP_DB_URL", env.get("SHOP_DB_URL"),
                "SPRING_DATASOURCE_PASSWORD", "not-it"), null, "check");
        assertEquals(4, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().contains("(spring.datasource.url)"), wrong.err());
        assertFalse(wrong.err().contains("not-it"), wrong.err());
    }

    @Test
    void aPlaceholderNothingFillsIsOneLine() throws Exception {
        Path project = project("spring.datasource.url=${SHOP_DB_URL}\n");
        CliProcess.Result check = CliProcess.run(project, Map.of(), null, "check");
        assertEquals(3, check.exitCode(), check.err());
        assertEquals(List.of("autogen: spring.datasource.url in the application's settings needs ${SHOP_DB_URL},"
                + " which is not set: set SHOP_DB_URL, or give autogen the database with DATABASE_URL or --db"),
                check.err().lines().toList());
    }

    @Test
    void anotherKindOfDatabaseIsLeftOut() throws Exception {
        Path project = project("spring.datasource.url=jdbc:h2:mem:shop\n");
        CliProcess.Result check = CliProcess.run(project, Map.of(), null, "check");
        assertEquals(1, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains("between the entities and the migrations in"), check.out());
    }

    /** A Maven-laid-out project: its compiled entity and application.properties in target/classes. */
    private Path project(String applicationProperties) throws Exception {
        Path project = Files.createDirectories(temp.resolve("shop"));
        Path source = project.resolve("src/main/java/shop/Product.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "products")
                public class Product {
                    @Id
                    Long id;
                    String name;
                }
                """);
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        JavaCompilation.compile(List.of(source), JavaCompilation.classPathOf(jakarta.persistence.Entity.class),
                classes).ifPresent(error -> {
                    throw new IllegalStateException(error);
                });
        Files.writeString(classes.resolve("application.properties"), applicationProperties);
        Files.write(project.resolve("autogen.properties"), List.of("entity.packages=shop", "metadata.enabled=false"));
        return project;
    }

    private static List<String> tables() throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("shop")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(table_name, ',' order by table_name) from"
                     + " information_schema.tables where table_schema = 'public'"
                     + " and table_name <> 'autogen_version'")) {
            rs.next();
            return List.of(rs.getString(1).split(","));
        }
    }
}
