package autogen.runner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Java sources compiled in-process with the JDK's own compiler: migrations, and generated entities in tests. */
public final class JavaCompilation {
    private JavaCompilation() {
    }

    /**
     * Compiles {@code sources} against {@code classPath} into {@code out}; returns the first error as
     * {@code "<file> does not compile: line N: <message>"}, or empty when all compiled.
     */
    public static Optional<String> compile(List<Path> sources, String classPath, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AutogenException(ExitCodes.BAD_INPUT, "autogen compiles Java sources with javac, but "
                    + System.getProperty("java.home") + " is a JRE: run autogen with a JDK");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", classPath, "-proc:none", "-nowarn",
                    "-encoding", "UTF-8");
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            return ok ? Optional.empty() : Optional.of(firstError(diagnostics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class path that holds {@code types}: the jar or folder each was loaded from. */
    public static String classPathOf(Class<?>... types) {
        return Arrays.stream(types).map(JavaCompilation::location).distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The jar or folder {@code type} was loaded from. */
    public static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .findFirst()
                .map(d -> Path.of(d.getSource().toUri()).getFileName() + " does not compile: line "
                        + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
                .orElse("the sources do not compile");
    }
}
