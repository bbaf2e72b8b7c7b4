package autogen.bench;

import autogen.runner.JavaCompilation;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compiles generated entity sources in-process, against the Jakarta Persistence API, with autogen's compiler. */
final class EntityCompiler {
    private EntityCompiler() {
    }

    static void compile(List<Path> sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompilation.compile(sources, JavaCompilation.classPathOf(Entity.class), classes).ifPresent(error -> {
            throw new IllegalStateException("the generated entities: " + error);
        });
    }
}
