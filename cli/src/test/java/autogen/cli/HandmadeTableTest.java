package autogen.cli;

import autogen.engine.DiffService;
import autogen.engine.Settings;
import static autogen.cli.SampleAppRoundTripTest.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.codegen.OperationDescriber;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table created by hand, without the metadata columns, gets exactly the missing ones and its trigger. */
class HandmadeTableTest {
    private static final String CLASSES = CliHarness.classPathOf(HandmadeTableTest.class);

    @TempDir
    Path temp;

    @Test
    void exactlyTheMissingColumnsTheTriggerAndItsFunction() throws Exception {
        CliHarness cli = new CliHarness("handmade");
        try (Connection c = cli.connect(); Statement s = c.createStatement()) {
            s.execute("create table hand_notes (id bigint primary key, body varchar(200), notes text)");
        }
        Settings settings = Settings.resolve(Path.of("").toAbsolutePath(), new Settings.Flags(Optional.empty(),
                Optional.of(cli.jdbcUrl()), Optional.of("autogen.cli.handmade"), Optional.of(CLASSES),
                Optional.of(temp.toString())), Map.of());
        List<String> planned = new DiffService().diff(settings).plan().up().stream()
                .map(OperationDescriber::describe).toList();
        assertEquals(List.of(
                "create trigger function public.set_updated_at",
                "add column public.hand_notes.is_active boolean not null default true",
                "add column public.hand_notes.is_flagged boolean not null default false",
                "add column public.hand_notes.created_at timestamp with time zone not null default now()",
                "add column public.hand_notes.updated_at timestamp with time zone not null default now()",
                "create trigger update_timestamp on public.hand_notes -> public.set_updated_at"), planned);

        String[] options = {"--packages", "autogen.cli.handmade", "--class-path", CLASSES, "--migrations",
                temp.toString(), "--db", cli.jdbcUrl()};
        assertEquals(0, cli.run(concat(new String[] {"-m", "Adopt metadata"}, options)).exitCode());
        CliHarness.Run upgrade = cli.run(concat(new String[] {"upgrade", "head"}, options));
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        assertEquals(0, cli.run(concat(new String[] {"check"}, options)).exitCode());

        // Turned off, the feature hides what it added instead of proposing to drop it.
        Path off = temp.resolve("off.properties");
        java.nio.file.Files.writeString(off, "entity.packages=autogen.cli.handmade\nclass.path=" + CLASSES
                + "\nmigrations=" + temp + "\nmetadata.enabled=false\n");
        CliHarness.Run check = cli.run("check", "--config", off.toString(), "--db", cli.jdbcUrl());
        assertEquals(0, check.exitCode(), check.out() + check.err());
    }
}
