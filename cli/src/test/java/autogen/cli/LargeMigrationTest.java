package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.diff.MigrationPlan;
import autogen.diff.SchemaDiffer;
import autogen.introspect.TargetNormalizer;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first migration of 1,200 tables, far more than one Java method may hold: the written file compiles, upgrade
 * builds exactly the model, and downgrade leaves nothing.
 */
class LargeMigrationTest {
    private static final int TABLES = 1_200;

    @TempDir
    Path migrations;

    @Test
    void aMigrationTooLargeForOneMethodCompilesAndRoundTrips() throws Exception {
        CliHarness cli = new CliHarness("large");
        Schema target;
        try (Connection c = cli.connect()) {
            target = new TargetNormalizer().normalize(c, model());
        }
        MigrationPlan plan = new SchemaDiffer().diff(Schema.empty(), target);
        Path file = new MigrationWriter().write(migrations,
                new MigrationMeta("20261122100000", List.of(), "Create many tables", Instant.EPOCH,
                        Optional.empty()), plan);
        String source = Files.readString(file);
        assertTrue(source.contains("UpgradePart2.apply(op);") && source.contains("DowngradePart2.apply(op);"),
                "the steps are split into parts");

        CliHarness.Run upgrade = cli.run("upgrade", "head", "--migrations", migrations.toString(),
                "--db", cli.jdbcUrl());
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        assertEquals(Catalogs.columnsByName(target), Catalogs.columnsByName(cli.introspect()));

        CliHarness.Run downgrade = cli.run("downgrade", "base", "--migrations", migrations.toString(),
                "--db", cli.jdbcUrl());
        assertEquals(0, downgrade.exitCode(), downgrade.err());
        assertEquals(Schema.empty(), cli.introspect());
    }

    /** A chain of tables, each with a key, a foreign key to the one before, a unique, an index and a check. */
    private static Schema model() {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= TABLES; i++) {
            String name = "t%04d".formatted(i);
            List<ForeignKey> parent = i == 1 ? List.of() : List.of(new ForeignKey("fk_" + name + "_parent_id",
                    List.of("parent_id"), QualifiedName.of("t%04d".formatted(i - 1)), List.of("id"),
                    ReferentialAction.CASCADE, ReferentialAction.NO_ACTION));
            tables.add(new Table(QualifiedName.of(name),
                    List.of(new Column("id", "bigint", false, Optional.empty(), Identity.NONE),
                            new Column("name", "varchar(100)", false, Optional.empty(), Identity.NONE),
                            new Column("parent_id", "bigint", true, Optional.empty(), Identity.NONE),
                            new Column("amount", "numeric(12,2)", false, Optional.of("0"), Identity.NONE)),
                    Optional.of(new PrimaryKey("pk_" + name, List.of("id"))),
                    parent,
                    List.of(new UniqueConstraint("uq_" + name + "_name", List.of("name"))),
                    List.of(new Index("ix_" + name + "_parent_id", List.of("parent_id"), false)),
                    List.of(new CheckConstraint("ck_" + name + "_amount", "amount >= 0")),
                    Optional.of("Table number " + i)));
        }
        return new Schema(tables, List.of());
    }
}
