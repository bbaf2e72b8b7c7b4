package autogen.cli;

import autogen.engine.RevisionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code autogen revision -m "Add users table"}: writes the migration from the schema to the entities. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a migration that brings the schema to the entities.")
final class RevisionCommand extends Subcommand {
    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does.")
    String message;

    @Mixin
    RevisionOptions revision;

    @Override
    public Integer call() {
        warnIfClassesAreStale();
        revision.print(new RevisionService(parent.clock()).write(revision.withFormat(settings()), message,
                revision.options(System.getenv())), out());
        return ExitCodes.OK;
    }
}
