package autogen.introspect.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedServerTest {
    @Test
    void startsAndAnswersEvenWhenTheJvmRunsAsRoot() throws SQLException {
        if (new UnixSystem().getUid() == 0) {
            assertTrue(LinuxUtils.isUnshareAvailable(), "CI runs as root, so zonky must be able to use unshare -U");
        }
        try (Connection c = DriverManager.getConnection(EmbeddedServer.shared().jdbcUrl("postgres"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1, current_user")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals(EmbeddedServer.shared().user(), rs.getString(2));
        }
    }

    @Test
    void createdDatabaseIsReachableByItsUrl() throws SQLException {
        String url = EmbeddedServer.shared().createDatabase("embedded_server_test");
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_database(), current_setting('fsync')")) {
            assertTrue(rs.next());
            assertEquals("embedded_server_test", rs.getString(1));
            assertEquals("off", rs.getString(2));
        }
    }

    @Test
    void copiedDatabaseHoldsTheSourceTables() throws SQLException {
        String source = EmbeddedServer.shared().createDatabase("embedded_server_copy_source");
        try (Connection c = DriverManager.getConnection(source);
             Statement s = c.createStatement()) {
            s.execute("create table copied (id int primary key)");
            s.execute("insert into copied values (7)");
        }
        String copy = EmbeddedServer.shared().copyDatabase("embedded_server_copy_source", "embedded_server_copy");
        try (Connection c = DriverManager.getConnection(copy);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_database(), (select id from copied)")) {
            assertTrue(rs.next());
            assertEquals("embedded_server_copy", rs.getString(1));
            assertEquals(7, rs.getInt(2));
        }
    }

    @Test
    void rootWithoutUserNamespacesIsRefusedInOneLine() {
        assertEquals(Optional.of(RootCheck.REFUSED), RootCheck.refusal(true, false));
        assertEquals(Optional.empty(), RootCheck.refusal(true, true));
        assertEquals(Optional.empty(), RootCheck.refusal(false, false));
        assertEquals(1, RootCheck.REFUSED.lines().count());
    }
}
