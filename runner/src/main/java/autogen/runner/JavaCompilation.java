package autogen.runner;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
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
        JavaCompiler javac = javac();
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

    /**
     * Compiles {@code sources} against {@code classPath} in memory; returns the classes by binary name.
     *
     * @throws AutogenException {@link Failure#BAD_INPUT} naming the first error as
     *     {@code "<file> does not compile: line N: <message>"}
     */
    public static Map<String, byte[]> compileInMemory(List<Path> sources, String classPath) {
        return inMemory(classPath, files -> files.getJavaFileObjectsFromPaths(sources));
    }

    /**
     * Compiles sources held in memory, each by its top-level class name, against {@code classPath}; returns the
     * classes by binary name. For sources autogen writes itself, never read from a file.
     */
    public static Map<String, byte[]> compileSourcesInMemory(Map<String, String> sources, String classPath) {
        List<JavaFileObject> units = sources.entrySet().stream().map(s -> (JavaFileObject) new SimpleJavaFileObject(
                URI.create("string:///" + s.getKey().replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return s.getValue();
            }
        }).toList();
        return inMemory(classPath, files -> units);
    }

    private static Map<String, byte[]> inMemory(String classPath,
            java.util.function.Function<StandardJavaFileManager, Iterable<? extends JavaFileObject>> units) {
        JavaCompiler javac = javac();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
             JavaFileManager memory = new ForwardingJavaFileManager<>(files) {
                 @Override
                 public JavaFileObject getJavaFileForOutput(Location location, String className,
                                                            JavaFileObject.Kind kind, FileObject sibling) {
                     return new SimpleJavaFileObject(URI.create("memory:///" + className.replace('.', '/')
                             + kind.extension), kind) {
                         @Override
                         public OutputStream openOutputStream() {
                             return classes.computeIfAbsent(className, name -> new ByteArrayOutputStream());
                         }
                     };
                 }
             }) {
            List<String> options = List.of("-classpath", classPath, "-proc:none", "-nowarn", "-encoding", "UTF-8");
            boolean ok = javac.getTask(null, memory, diagnostics, options, null, units.apply(files)).call();
            if (!ok) {
                throw new AutogenException(Failure.BAD_INPUT, "migration " + firstError(diagnostics));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> bytes = new TreeMap<>();
        classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        return bytes;
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

    private static JavaCompiler javac() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AutogenException(Failure.BAD_INPUT, "autogen compiles Java sources with javac, but "
                    + System.getProperty("java.home") + " is a JRE: run autogen with a JDK");
        }
        return javac;
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .findFirst()
                .map(d -> Path.of(d.getSource().getName()).getFileName() + " does not compile: line "
                        + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
                .orElse("the sources do not compile");
    }
}
