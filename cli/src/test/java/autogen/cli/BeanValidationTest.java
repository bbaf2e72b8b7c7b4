package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.runner.JavaCompilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application with Hibernate Validator on its class path gets from Hibernate NOT NULL for its {@code @NotNull},
 * {@code @NotBlank} and {@code @NotEmpty} fields, lengths from {@code @Size(max)}, checks from {@code @Min} and
 * {@code @Max}: autogen's model has them too, through the users' path (a migration written, applied, introspected).
 * Without a provider on the project's class path, or with the validation mode off, it has none of them.
 */
class BeanValidationTest {
    private static final String PKG = "autogen.validated";

    @TempDir
    Path temp;

    @Test
    void constraintsHibernateWritesIntoTheSchemaAreInTheModel() throws Exception {
        Path classes = compile();
        String provider = JavaCompilation.classPathOf(org.hibernate.validator.HibernateValidator.class,
                jakarta.validation.Validation.class);
        assertEquals(List.of("code:NO:varchar(40)", "label:NO:varchar(255)", "note:YES:varchar(255)",
                "tags:NO:varchar(255)"), columns(applied(classes + ":" + provider, List.of(), "with")));
        assertEquals(List.of("(((rank <= 10) AND (rank >= 1)))"), checks(lastDatabase), "@Min and @Max");

        assertEquals(List.of("code:YES:varchar(255)", "label:YES:varchar(255)", "note:YES:varchar(255)",
                "tags:YES:varchar(255)"), columns(applied(classes.toString(), List.of(), "without")),
                "no provider on the project's class path: Hibernate applies nothing");
        assertEquals(List.of("code:YES:varchar(255)", "label:YES:varchar(255)", "note:YES:varchar(255)",
                "tags:YES:varchar(255)"), columns(applied(classes + ":" + provider,
                List.of("jakarta.persistence.validation.mode=none"), "off")), "the validation mode is off");
    }

    private CliHarness lastDatabase;

    /** Writes the first migration for the entities on {@code classPath}, applies it, and returns the database. */
    private CliHarness applied(String classPath, List<String> settings, String name) throws Exception {
        Path project = Files.createDirectories(temp.resolve(name));
        List<String> config = new ArrayList<>(List.of("entity.packages=" + PKG, "class.path=" + classPath,
                "metadata.enabled=false"));
        config.addAll(settings);
        Files.write(project.resolve("autogen.properties"), config);
        CliHarness cli = new CliHarness("validated");
        String[] options = {"--config", project.resolve("autogen.properties").toString(), "--db", cli.jdbcUrl()};
        CliHarness.Run revision = cli.run(SampleAppRoundTripTest.concat(new String[] {"-m", "Things"}, options));
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"check"}, options)).exitCode(),
                "in sync after the upgrade");
        lastDatabase = cli;
        return cli;
    }

    private Path compile() throws Exception {
        Path source = temp.resolve("sources/autogen/validated/Thing.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package autogen.validated;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;

                @Entity
                @Table(name = "things")
                public class Thing {
                    @Id
                    Long id;
                    @NotBlank
                    String label;
                    @NotNull
                    @Size(max = 40)
                    String code;
                    @NotEmpty
                    String tags;
                    String note;
                    @Min(1)
                    @Max(10)
                    Integer rank;
                }
                """);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompilation.compile(List.of(source), JavaCompilation.classPathOf(jakarta.persistence.Entity.class,
                jakarta.validation.constraints.NotNull.class), classes).ifPresent(error -> {
            throw new IllegalStateException(error);
        });
        return classes;
    }

    private static List<String> columns(CliHarness cli) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select column_name, is_nullable, 'varchar(' || character_maximum_length || ')' from"
                        + " information_schema.columns where table_name = 'things' and data_type like 'character%'"
                        + " order by column_name")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
            }
        }
        return columns;
    }

    private static List<String> checks(CliHarness cli) throws Exception {
        List<String> checks = new ArrayList<>();
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'things'::regclass and"
                        + " contype = 'c' order by 1")) {
            while (rs.next()) {
                checks.add(rs.getString(1).replace("CHECK ", ""));
            }
        }
        return checks;
    }
}
