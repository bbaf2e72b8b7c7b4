package autogen.model;

import autogen.model.bad.noid.NoIdentifier;
import autogen.sample.User;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Where the test entities live and how the sample app configures Hibernate. */
final class Fixtures {
    static final Map<String, String> SAMPLE_SETTINGS = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");

    private Fixtures() {
    }

    /** The sample app's classes: its jar, or its classes folder when built in one reactor. */
    static Path sampleClassPath() {
        return locationOf(User.class);
    }

    /** A copy of the sample app's class files in the folder {@code target}, which tests may change. */
    static Path copyOfSampleClasses(Path target) throws IOException {
        Path sample = sampleClassPath();
        if (Files.isDirectory(sample)) {
            try (Stream<Path> files = Files.walk(sample)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = target.resolve(sample.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
            return target;
        }
        try (JarFile jar = new JarFile(sample.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    Path copy = target.resolve(entry.getName());
                    Files.createDirectories(copy.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, copy);
                    }
                }
            }
        }
        return target;
    }

    static Path testClassPath() {
        return locationOf(NoIdentifier.class);
    }

    static ModelSource sample() {
        return new ModelSource(List.of(sampleClassPath()), List.of("autogen.sample"), SAMPLE_SETTINGS);
    }

    static ModelSource testPackage(String packageName) {
        return new ModelSource(List.of(testClassPath()), List.of(packageName), Map.of());
    }

    /** The matrix of mapping features, read with {@code settings} over autogen's own. */
    static ModelSource matrix(Map<String, String> settings) {
        return new ModelSource(List.of(testClassPath()), List.of("autogen.model.matrix"), settings);
    }

    static Table table(Schema schema, String qualifiedName) {
        String[] parts = qualifiedName.split("\\.");
        QualifiedName name = new QualifiedName(parts[0], parts[1]);
        return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema));
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
