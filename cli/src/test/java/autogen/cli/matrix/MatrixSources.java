package autogen.cli.matrix;

import autogen.cli.EntitySources;
import autogen.introspect.embedded.ScratchFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The mapping matrix of model-reader's tests (one entity per feature), compiled in-process, as it is or with
 * one textual edit, so a test can change one feature at a time.
 */
public final class MatrixSources {
    /** Surefire runs in the cli module's folder; the matrix sources are model-reader's test sources. */
    static final Path FOLDER = Path.of("..", "model-reader", "src", "test", "java", "autogen", "model", "matrix")
            .toAbsolutePath().normalize();
    public static final String PACKAGE = "autogen.model.matrix";

    /** One edit of one source file: {@code from} must occur in it exactly once. */
    public record Edit(String file, String from, String to) {
    }

    private MatrixSources() {
    }

    /** Compiles the matrix with {@code edits} applied into a new folder and returns it. */
    public static Path compile(List<Edit> edits) {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> originals = Files.list(FOLDER)) {
            for (Path original : originals.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(original);
                for (Edit edit : edits) {
                    if (edit.file().equals(original.getFileName().toString())) {
                        int at = text.indexOf(edit.from());
                        if (at < 0 || at != text.lastIndexOf(edit.from())) {
                            throw new IllegalArgumentException("edit does not match once in " + edit.file()
                                    + ": " + edit.from());
                        }
                        text = text.replace(edit.from(), edit.to());
                    }
                }
                sources.put(PACKAGE + "." + original.getFileName().toString().replaceFirst("\\.java$", ""), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A folder that goes with the test JVM, however it ends.
        return EntitySources.compile(ScratchFolder.create("autogen-matrix-", f -> { }).path(), sources);
    }
}
