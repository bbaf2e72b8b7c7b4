package autogen.model;

import autogen.model.bad.noid.NoIdentifier;
import autogen.sample.User;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
