package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type an application hands Hibernate in code (an auto-applied converter contributed by a TypeContributorList, as
 * a Spring application registers it), named with Hibernate's own setting {@code hibernate.type_contributors}: the
 * model holds the column the converter maps; without the setting, one line says what Hibernate cannot map.
 */
class ContributedServicesTest {
    private static final String PKG = "autogen.contributed";

    @TempDir
    Path temp;

    @Test
    void aTypeContributedInCodeIsPartOfTheModel() throws Exception {
        Path classes = EntitySources.compile(temp, Map.of(
                PKG + ".Reading", "package " + PKG + ";\n\n@jakarta.persistence.Entity\npublic class Reading {\n"
                        + "    @jakarta.persistence.Id Long id;\n    app.types.Celsius temperature;\n}\n",
                "app.types.Celsius", "package app.types;\n\npublic record Celsius(double degrees) {\n}\n",
                "app.types.CelsiusConverter", "package app.types;\n\n@jakarta.persistence.Converter(autoApply = true)\n"
                        + "public class CelsiusConverter implements jakarta.persistence.AttributeConverter<Celsius,"
                        + " Double> {\n    public Double convertToDatabaseColumn(Celsius c) {\n"
                        + "        return c == null ? null : c.degrees();\n    }\n\n"
                        + "    public Celsius convertToEntityAttribute(Double d) {\n"
                        + "        return d == null ? null : new Celsius(d);\n    }\n}\n",
                "app.types.AppTypes", "package app.types;\n\npublic class AppTypes implements"
                        + " org.hibernate.jpa.boot.spi.TypeContributorList {\n"
                        + "    public java.util.List<org.hibernate.boot.model.TypeContributor>"
                        + " getTypeContributors() {\n"
                        + "        return java.util.List.of((types, registry) ->"
                        + " types.contributeAttributeConverter(CelsiusConverter.class));\n    }\n}\n"));

        CliHarness cli = new CliHarness("contributed");
        CliHarness.Run with = cli.run("-m", "Readings", "--packages", PKG, "--class-path", classes.toString(),
                "--migrations", temp.resolve("migrations").toString(), "--db", cli.jdbcUrl(), "--config",
                config("hibernate.type_contributors=app.types.AppTypes").toString());
        assertEquals(0, with.exitCode(), with.out() + with.err());
        CliHarness.Run upgrade = cli.run("upgrade", "head", "--migrations", temp.resolve("migrations").toString(),
                "--db", cli.jdbcUrl());
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        assertEquals("double precision", columnType(cli));

        CliHarness.Run without = new CliHarness("contributed").run("check", "--packages", PKG, "--class-path",
                classes.toString(), "--migrations", temp.resolve("none").toString());
        assertEquals(3, without.exitCode(), without.err());
        assertEquals(1, without.errLines().size(), without.err());
        assertTrue(without.err().contains("Celsius"), without.err());

        CliHarness.Run wrong = new CliHarness("contributed").run("check", "--packages", PKG, "--class-path",
                classes.toString(), "--migrations", temp.resolve("none").toString(), "--config",
                config("hibernate.type_contributors=app.types.Celsius").toString());
        assertEquals(3, wrong.exitCode(), wrong.err());
        assertEquals(List.of("autogen: hibernate.type_contributors: app.types.Celsius is not a"
                + " org.hibernate.jpa.boot.spi.TypeContributorList"), wrong.errLines());
    }

    private Path config(String line) throws Exception {
        Path file = temp.resolve("autogen-" + Math.abs(line.hashCode()) + ".properties");
        java.nio.file.Files.write(file, List.of(line, "metadata.enabled=false"));
        return file;
    }

    private static String columnType(CliHarness cli) throws Exception {
        try (Connection c = cli.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select data_type from information_schema.columns where table_name = 'reading'"
                        + " and column_name = 'temperature'")) {
            assertTrue(rs.next(), "no column reading.temperature");
            return rs.getString(1);
        }
    }
}
