package autogen.codegen.format;

import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.codegen.java.JavaMigrationRenderer;
import autogen.diff.MigrationPlan;
import autogen.runner.MigrationCompiler;
import autogen.runner.MigrationSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** autogen's own format, the default: a Java file whose upgrade and downgrade call the operations API. */
final class JavaFormat implements MigrationFormat {
    @Override
    public String conventionalFolder() {
        return "migrations";
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public Map<String, String> render(MigrationMeta meta, MigrationPlan plan, Path folder) {
        return Map.of(MigrationWriter.fileName(meta), new JavaMigrationRenderer().render(meta, plan));
    }

    @Override
    public boolean holds(Path file) {
        return file.getFileName().toString().endsWith(".java");
    }

    @Override
    public List<MigrationSource> load(Path folder, Optional<Path> cache) {
        return new MigrationCompiler(cache).load(folder);
    }
}
