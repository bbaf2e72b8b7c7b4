package autogen.bench;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated entity sources in-process with javax.tools, against the Jakarta Persistence API. */
final class EntityCompiler {
    private EntityCompiler() {
    }

    static void compile(List<Path> sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the benchmark with a JDK");
        }
        Files.createDirectories(classes);
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            List<String> options = List.of("-proc:none", "-nowarn", "--release", "17", "-d", classes.toString(),
                    "-classpath", persistenceApi().toString());
            if (!compiler.getTask(diagnostics, files, null, options, null, units).call()) {
                throw new IllegalStateException("the generated entities do not compile:\n" + diagnostics);
            }
        }
    }

    private static Path persistenceApi() {
        try {
            return Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
