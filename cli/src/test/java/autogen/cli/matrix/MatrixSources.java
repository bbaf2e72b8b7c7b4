package autogen.cli.matrix;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

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
            Path sources = Files.createTempDirectory("matrix-src-");
            Path classes = Files.createTempDirectory("matrix-classes-");
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
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                boolean ok = javac.getTask(null, manager, diagnostics, List.of("-d", classes.toString(),
                                "-classpath", classPath(), "-proc:none", "-nowarn"), null,
                        manager.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) {
                    throw new IllegalStateException("matrix does not compile: " + diagnostics.getDiagnostics());
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix uses only the JPA and Hibernate annotations. */
    private static String classPath() {
        return location(jakarta.persistence.Entity.class) + File.pathSeparator
                + location(org.hibernate.annotations.Comment.class);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
