package autogen.cli;

import autogen.introspect.embedded.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An embedded PostgreSQL that checks passwords: it trusts everyone by default. */
final class PasswordServer {
    private PasswordServer() {
    }

    /** Makes {@code server} check the password of every role but postgres over TCP, and creates {@code role}. */
    static void requirePasswords(EmbeddedServer server, String role, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"));
             Statement s = c.createStatement()) {
            s.execute("create role " + role + " login password '" + password + "'");
            String hba;
            try (ResultSet rs = s.executeQuery("show hba_file")) {
                rs.next();
                hba = rs.getString(1);
            }
            s.execute("copy (values ('local all all trust'), ('host all postgres 127.0.0.1/32 trust'),"
                    + " ('host all postgres ::1/128 trust'), ('host all all 127.0.0.1/32 scram-sha-256'),"
                    + " ('host all all ::1/128 scram-sha-256')) to '" + hba + "'");
            s.execute("select pg_reload_conf()");
        }
    }

    /** The port {@code server} listens on. */
    static String port(EmbeddedServer server) {
        Matcher m = Pattern.compile("localhost:(\\d+)/").matcher(server.jdbcUrl("postgres"));
        if (!m.find()) {
            throw new IllegalStateException(server.jdbcUrl("postgres"));
        }
        return m.group(1);
    }
}
