package autogen.cli;

import autogen.engine.InitService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code autogen init}: writes a project's autogen.properties and migrations folder from what the project holds. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write autogen.properties and the migrations folder for the project in this folder: entity"
                + " packages from its compiled classes, the class path from Maven, the format it already uses.")
final class InitCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "java, flyway, dbmate or liquibase (default: the one the project uses, else java).")
    String format;

    @Option(names = "--force", description = "Write autogen.properties again where one exists.")
    boolean force;

    @Option(names = "--project", paramLabel = "DIR", description = "The project's folder (default: this one).")
    Path project = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = project.toAbsolutePath().normalize();
        InitService.Init init = new InitService().init(folder, Optional.ofNullable(format), force,
                line -> spec.commandLine().getErr().println(line));
        out.println("Wrote " + folder.relativize(init.config()) + ": entity packages "
                + String.join(", ", init.packages()) + "; class path " + init.classPath() + "; format "
                + init.format().name() + (init.formatFound() ? " (the project's)" : "") + ", migrations in "
                + folder.relativize(init.migrations()) + ".");
        if (init.springBoot()) {
            out.println("Spring Boot application: autogen uses Spring Boot's names and its spring.datasource.url.");
        }
        out.println("Every table gets five metadata columns and an updated_at trigger; metadata.enabled=false in "
                + folder.relativize(init.config()) + " leaves them out.");
        out.println("Next: autogen -m \"Initial schema\"");
        return ExitCodes.OK;
    }
}
