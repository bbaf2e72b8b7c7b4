package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database whose keys list their columns in another order than the entities is in sync with them. */
class KeyColumnOrderTest {
    @TempDir
    Path temp;

    @Test
    void keysInAnotherColumnOrderAreInSync() throws Exception {
        CliHarness cli = new CliHarness("keyorder");
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create table slots (slot bigint not null, owner bigint not null, alpha bigint not null,"
                    + " beta bigint not null, primary key (slot, owner), unique (beta, alpha))");
        }
        Path classes = EntitySources.compile(temp.resolve("entities"), Map.of(
                "autogen.keyorder.Slot", """
                        package autogen.keyorder;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "slots", uniqueConstraints = @UniqueConstraint(columnNames = {"alpha", "beta"}))
                        @IdClass(SlotId.class)
                        public class Slot {
                            @Id Long owner;
                            @Id Long slot;
                            @Column(nullable = false) Long alpha;
                            @Column(nullable = false) Long beta;
                        }
                        """,
                "autogen.keyorder.SlotId", """
                        package autogen.keyorder;

                        public record SlotId(Long owner, Long slot) implements java.io.Serializable {
                        }
                        """));
        Path config = Files.writeString(temp.resolve("autogen.properties"), "entity.packages=autogen.keyorder\n"
                + "class.path=" + classes + "\nmigrations=" + temp.resolve("migrations")
                + "\nmetadata.enabled=false\n");
        CliHarness.Run check = cli.run("check", "--config", config.toString(), "--db", cli.jdbcUrl());
        assertEquals(0, check.exitCode(), check.out() + check.err());
    }
}
