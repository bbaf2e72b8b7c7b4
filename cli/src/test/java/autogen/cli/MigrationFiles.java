package autogen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Migration files written by hand in a test, as users edit them: calls of the operations API, up and down. */
final class MigrationFiles {
    private MigrationFiles() {
    }

    /**
     * Writes {@code <revision>_<message>.java} into {@code folder}; {@code up} and {@code down} are Java statements
     * on {@code op}, e.g. {@code op.execute("...");}.
     */
    static Path write(Path folder, String revision, List<String> parents, String message, String up, String down) {
        String parentList = parents.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        String source = """
                import static autogen.migration.Ddl.*;

                import autogen.migration.Migration;
                import autogen.migration.MigrationInfo;
                import autogen.migration.Operations;

                @MigrationInfo(revision = "%s", parents = {%s}, message = "%s", created = "2026-12-01T00:00:00Z")
                final class Migration_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(revision, parentList, message, revision, up, down);
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(revision + "_" + message.toLowerCase().replaceAll("[^a-z0-9]+", "_")
                    + ".java"), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code op.execute("<sql>");} with the SQL's quotes escaped for Java. */
    static String execute(String sql) {
        return "op.execute(\"" + sql.replace("\\", "\\\\").replace("\"", "\\\"") + "\");";
    }
}
