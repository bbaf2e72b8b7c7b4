package autogen.cli.matrix;

import autogen.introspect.embedded.ScratchFolder;
import autogen.runner.JavaCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The mapping matrix of model-reader's tests (one entity per feature), compiled in-process, as it is or with
 * one textual edit, so a test can change one feature at a time.
 */
final class MatrixSources {
    /** Surefire runs in the cli module's folder; the matrix sources are model-reader's test sources. */
    static final Path FOLDER = Path.of("..", "model-reader", "src", "test", "java", "autogen", "model", "matrix")
            .toAbsolutePath().normalize();
    static final String PACKAGE = "autogen.model.matrix";

    /** One edit of one source file: {@code from} must occur in it exactly once. */
    record Edit(String file, String from, String to) {
    }

    private MatrixSources() {
    }

    /** Compiles the matrix with {@code edits} applied into a new folder and returns it. */
    static Path compile(List<Edit> edits) {
        try {
            // Folders that go with the test JVM, however it ends.
            Path folder = ScratchFolder.create("autogen-matrix-", f -> { }).path();
            Path sources = Files.createDirectories(folder.resolve("sources"));
            Path classes = Files.createDirectories(folder.resolve("classes"));
            List<Path> files = new ArrayList<>();
            try (Stream<Path> originals = Files.list(FOLDER)) {
                for (Path original : originals.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String text = Files.readString(original);
                    for (Edit edit : edits) {
                        if (edit.file().equals(original.getFileName().toString())) {
                            if (text.indexOf(edit.from()) < 0 || text.indexOf(edit.from()) != text.lastIndexOf(edit.from())) {
                                throw new IllegalArgumentException("edit does not match once in " + edit.file()
                                        + ": " + edit.from());
                            }
                            text = text.replace(edit.from(), edit.to());
                        }
                    }
                    Path copy = sources.resolve(original.getFileName());
                    Files.writeString(copy, text);
                    files.add(copy);
                }
            }
            JavaCompilation.compile(files, JavaCompilation.classPathOf(jakarta.persistence.Entity.class,
                    org.hibernate.annotations.Comment.class), classes).ifPresent(error -> {
                throw new IllegalStateException("the matrix " + error);
            });
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
