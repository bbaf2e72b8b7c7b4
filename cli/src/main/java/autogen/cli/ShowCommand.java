package autogen.cli;

import autogen.engine.Migrations;
import autogen.migration.Statement;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import java.io.PrintWriter;
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
        RevisionGraph graph = Migrations.load(settings(), Migrations.Folder.REQUIRED);
        MigrationSource m = revision.equals("head")
                ? graph.singleHead("show one of them by its revision").orElseGet(() -> graph.find(revision))
                : graph.find(revision);
        PrintWriter out = out();
        out.println("-- " + m.message());
        out.println("-- revision " + m.revision() + ", " + (m.parents().size() > 1 ? "parents " : "parent ")
                + (m.parents().isEmpty() ? "<base>" : String.join(", ", m.parents())) + ", created " + m.created()
                + ", file " + m.name());
        out.println();
        out.println("-- upgrade");
        print(m.upgrade(), out);
        out.println();
        out.println("-- downgrade");
        print(m.downgrade(), out);
        return ExitCodes.OK;
    }

    private static void print(List<Statement> statements, PrintWriter out) {
        for (Statement s : statements) {
            out.println((s.transactional() ? "" : "-- runs outside a transaction\n") + s.sql() + ";");
        }
    }
}
