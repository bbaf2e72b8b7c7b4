package autogen.cli;

import autogen.engine.DiffService;
import autogen.migration.SqlOperations;
import autogen.runner.LoadedMigration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen show <revision>}: the SQL a migration runs, up and down, to review before running it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a migration's upgrade and downgrade SQL for review.")
final class ShowCommand extends Subcommand {
    @Parameters(arity = "1", paramLabel = "REVISION", description = "A revision, a unique prefix of one, or head")
    String revision;

    @Override
    public Integer call() {
        var chain = DiffService.loadChain(settings(), DiffService.Folder.REQUIRED);
        LoadedMigration m = revision.equals("head") && chain.head().isPresent() ? chain.head().get()
                : chain.find(revision);
        PrintWriter out = out();
        out.println("-- " + m.message());
        out.println("-- revision " + m.revision() + ", parent " + m.parent().orElse("<base>") + ", created "
                + m.created() + ", file " + m.file().getFileName());
        out.println();
        out.println("-- upgrade");
        List<String> up = new ArrayList<>();
        m.migration().upgrade(new SqlOperations(up::add));
        up.forEach(sql -> out.println(sql + ";"));
        out.println();
        out.println("-- downgrade");
        List<String> down = new ArrayList<>();
        m.migration().downgrade(new SqlOperations(down::add));
        down.forEach(sql -> out.println(sql + ";"));
        return ExitCodes.OK;
    }
}
