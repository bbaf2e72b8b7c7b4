package autogen.cli;

import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.sample.Comment;
import autogen.sample.Post;
import autogen.sample.Tag;
import autogen.sample.User;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The injected created_at and updated_at, kept by the database: through plain SQL and through Hibernate. */
class UpdatedAtTriggerTest {
    @TempDir
    Path temp;

    /** A row's two timestamps. */
    private record Stamps(OffsetDateTime created, OffsetDateTime updated) {
    }

    @Test
    void insertFillsBothAndUpdatesMoveOnlyUpdatedAtAcrossUpgradeDowngradeUpgrade() throws Exception {
        CliHarness cli = new CliHarness("updated_at");
        String[] options = {"--config", SampleAppRoundTripTest.SAMPLE_CONFIG.toString(),
                "--migrations", temp.toString(), "--db", cli.jdbcUrl()};
        assertEquals(0, cli.run(concat(new String[] {"-m", "Initial"}, options)).exitCode());
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertTriggersAndFunction(cli, 5, true);

        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("insert into tags (name, slug) values ('java', 'java')");
            Stamps inserted = stamps(c, "java");
            assertNotNull(inserted.created());
            assertEquals(inserted.created(), inserted.updated(), "an insert fills both with the same time");
            Thread.sleep(5);
            s.execute("update tags set slug = 'java-lang' where name = 'java'");
            Stamps updated = stamps(c, "java");
            assertEquals(inserted.created(), updated.created(), "created_at stays");
            assertTrue(updated.updated().isAfter(inserted.updated()), "updated_at moves");
        }

        try (SessionFactory hibernate = hibernate(cli.jdbcUrl())) {
            Long id = hibernate.fromTransaction(session -> {
                Tag tag = new Tag("kotlin", "kotlin");
                session.persist(tag);
                return tag.getId();
            });
            Stamps inserted;
            try (Connection c = cli.connect()) {
                inserted = stamps(c, "kotlin");
            }
            Thread.sleep(5);
            hibernate.inTransaction(session -> session.find(Tag.class, id).rename("Kotlin"));
            try (Connection c = cli.connect()) {
                Stamps updated = stamps(c, "Kotlin");
                assertEquals(inserted.created(), updated.created(), "created_at stays");
                assertTrue(updated.updated().isAfter(inserted.updated()), "an update through Hibernate moves it");
            }
        }

        assertEquals(0, cli.run(concat(new String[] {"downgrade", "base", "--allow-destructive"}, options)).exitCode());
        assertTriggersAndFunction(cli, 0, false);
        assertEquals(0, cli.run(concat(new String[] {"upgrade", "head"}, options)).exitCode());
        assertTriggersAndFunction(cli, 5, true);
        CliHarness.Run check = cli.run(concat(new String[] {"check"}, options));
        assertEquals(0, check.exitCode(), check.out());
    }

    private static Stamps stamps(Connection c, String tag) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select created_at, updated_at from tags where name = ?")) {
            select.setString(1, tag);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "tag " + tag);
                return new Stamps(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class));
            }
        }
    }

    private static void assertTriggersAndFunction(CliHarness cli, int triggers, boolean function) throws SQLException {
        try (Connection c = cli.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from pg_trigger where tgname = 'update_timestamp'),"
                     + " (select count(*) from pg_proc where proname = 'set_updated_at')")) {
            rs.next();
            assertEquals(triggers, rs.getInt(1), "update_timestamp triggers");
            assertEquals(function ? 1 : 0, rs.getInt(2), "set_updated_at function");
        }
    }

    private static SessionFactory hibernate(String jdbcUrl) {
        return new Configuration()
                .addAnnotatedClass(User.class).addAnnotatedClass(Post.class).addAnnotatedClass(Comment.class)
                .addAnnotatedClass(Tag.class)
                .setProperty("hibernate.connection.url", jdbcUrl)
                .setProperty("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
                // The sample app states no Bean Validation constraint; the validator autogen carries for reading
                // them needs Jakarta EL to run at the application's side, which this application does not have.
                .setProperty("jakarta.persistence.validation.mode", "none")
                .buildSessionFactory();
    }
}
