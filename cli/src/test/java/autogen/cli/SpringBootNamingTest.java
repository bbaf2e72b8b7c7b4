package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot application gets the names its Hibernate uses: Spring Boot's physical strategy (camel case to
 * underscores) and its implicit one (a join table named after the owning table and property), for Boot 3 and for
 * Boot 4, whose strategy lives in another package; its application.properties' spring.jpa settings count; and
 * autogen's convention still names the keys the entities leave unnamed. Without Spring Boot, JPA's names.
 */
class SpringBootNamingTest {
    private static final String PKG = "autogen.spring";
    private static final Path BOOT_3 = Path.of("target", "spring-boot-3").toAbsolutePath();
    private static final Path BOOT_4 = Path.of("target", "spring-boot-4").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void springBootApplicationsGetSpringBootsNamesAndAutogensKeyNames() throws Exception {
        Path classes = EntitySources.compile(temp.resolve("entities"), Map.of(
                PKG + ".BookShelf", entity("BookShelf", "String displayName;\n    @ManyToOne Room homeRoom;\n"
                        + "    @ManyToMany java.util.List<Tag> tags;"),
                PKG + ".Room", entity("Room", "String roomNumber;"),
                PKG + ".Tag", entity("Tag", "String label;")));
        List<String> spring = List.of("book_shelf.display_name", "book_shelf.home_room_id", "book_shelf.id",
                "book_shelf_tags.book_shelf_id", "book_shelf_tags.tags_id", "room.id", "room.room_number",
                "tag.id", "tag.label", "fk fk_book_shelf_home_room_id_room", "fk fk_book_shelf_tags_book_shelf_id_book_shelf",
                "fk fk_book_shelf_tags_tags_id_tag");
        assertEquals(spring, names(classes + ":" + BOOT_3 + "/*", "boot3"), "Spring Boot 3");
        assertEquals(spring, names(classes + ":" + BOOT_4 + "/*", "boot4"), "Spring Boot 4");

        List<String> jpa = List.of("bookshelf.displayname", "bookshelf.homeroom_id", "bookshelf.id",
                "bookshelf_tag.bookshelf_id", "bookshelf_tag.tags_id", "room.id", "room.roomnumber", "tag.id",
                "tag.label", "fk fk_bookshelf_homeroom_id_room", "fk fk_bookshelf_tag_bookshelf_id_bookshelf",
                "fk fk_bookshelf_tag_tags_id_tag");
        assertEquals(jpa, names(classes.toString(), "plain"), "no Spring Boot: JPA's names");
        Files.writeString(classes.resolve("application.properties"), "quarkus.datasource.db-kind=postgresql\n");
        assertEquals(jpa, names(classes.toString(), "quarkus"), "another framework's application.properties");

        Files.writeString(classes.resolve("application.properties"), "spring.jpa.hibernate.naming.physical-strategy="
                + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");
        assertEquals(List.of("bookshelf.displayname", "bookshelf.homeroom_id", "bookshelf.id",
                "bookshelf_tags.bookshelf_id", "bookshelf_tags.tags_id", "room.id", "room.roomnumber", "tag.id",
                "tag.label", "fk fk_bookshelf_homeroom_id_room", "fk fk_bookshelf_tags_bookshelf_id_bookshelf",
                "fk fk_bookshelf_tags_tags_id_tag"), names(classes + ":" + BOOT_3 + "/*", "properties"),
                "the application's own physical strategy, Spring's implicit one");

        Files.delete(classes.resolve("application.properties"));
        Files.writeString(classes.resolve("application.yml"), """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                ---
                spring:
                  config:
                    activate:
                      on-profile: other
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                """);
        assertEquals("bookshelf.displayname", names(classes + ":" + BOOT_4 + "/*", "yaml").get(0),
                "application.yml, its profile's document left out");
    }

    private static String entity(String name, String body) {
        return "package " + PKG + ";\n\nimport jakarta.persistence.*;\n\n@Entity\npublic class " + name + " {\n"
                + "    @Id\n    Long id;\n    " + body + "\n}\n";
    }

    /** The tables' columns and foreign keys after the first migration autogen writes is applied. */
    private List<String> names(String classPath, String name) throws Exception {
        Path project = Files.createDirectories(temp.resolve(name));
        Files.write(project.resolve("autogen.properties"), List.of("entity.packages=" + PKG, "class.path="
                + classPath, "metadata.enabled=false"));
        CliHarness cli = new CliHarness("spring");
        String[] options = {"--config", project.resolve("autogen.properties").toString(), "--db", cli.jdbcUrl()};
        CliHarness.Run revision = cli.run(SampleAppRoundTripTest.concat(new String[] {"-m", "Shelves"}, options));
        assertEquals(0, revision.exitCode(), revision.out() + revision.err());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertEquals(0, cli.run(SampleAppRoundTripTest.concat(new String[] {"check"}, options)).exitCode());
        List<String> names = new ArrayList<>();
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select table_name || '.' || column_name from information_schema.columns"
                    + " where table_schema = 'public' and table_name <> 'autogen_version' order by 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select 'fk ' || conname from pg_constraint where contype = 'f'"
                    + " order by 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
