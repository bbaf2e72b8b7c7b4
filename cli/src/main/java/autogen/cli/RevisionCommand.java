package autogen.cli;

import autogen.engine.RevisionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen revision -m "Add users table"}: writes the migration from the schema to the entities. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a migration that brings the schema to the entities.")
final class RevisionCommand extends Subcommand {
    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does.")
    String message;

    @Option(names = "--allow-data-loss", description = "Allow a migration that drops tables or columns.")
    boolean allowDataLoss;

    @Option(names = "--rename-to-convention",
            description = "Rename keys, checks and indexes the entities leave unnamed to autogen's naming convention.")
    boolean renameToConvention;

    @Override
    public Integer call() {
        return RevisionReport.print(new RevisionService(parent.clock()).write(settings(), message,
                new RevisionService.Options(allowDataLoss, renameToConvention)), out());
    }
}
