package autogen.cli;

import autogen.diff.MigrationPlan;
import autogen.introspect.embedded.ScratchFolder;
import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.runner.MigrationCompiler;
import autogen.runner.MigrationRunner;
import autogen.runner.RevisionGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies plans the way users do: each written as a migration file by autogen's writer, compiled by autogen's
 * compiler, and run by autogen's runner, which keeps the history table; a downgrade runs the file's downgrade.
 */
public final class UsersPath implements AutoCloseable {
    private final Connection connection;
    private final ScratchFolder folder = ScratchFolder.create("autogen-userspath-", f -> { });
    private final List<Path> files = new ArrayList<>();
    private int written;

    public UsersPath(Connection connection) {
        this.connection = connection;
    }

    /** Writes {@code plan} as the next migration, on the last one, and upgrades the database to it. */
    public void upgrade(MigrationPlan plan) {
        String revision = String.format("%014d", ++written);
        List<String> parents = files.isEmpty() ? List.of()
                : List.of(files.get(files.size() - 1).getFileName().toString().substring(0, 14));
        try {
            files.add(new MigrationWriter().write(folder.path(), new MigrationMeta(revision, parents,
                    "Step " + written, Instant.EPOCH, Optional.empty()), plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner().upgrade(graph(), "head");
    }

    /** Runs the last migration's downgrade, and removes its file. */
    public void downgradeLast() {
        runner().downgrade(graph(), "-1");
        try {
            Files.delete(files.remove(files.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RevisionGraph graph() {
        return RevisionGraph.of(folder.path(), new MigrationCompiler(Optional.empty()).load(folder.path()));
    }

    private MigrationRunner runner() {
        return new MigrationRunner(connection, line -> { }, MigrationRunner.Options.DEFAULT);
    }

    @Override
    public void close() {
        folder.close();
    }
}
