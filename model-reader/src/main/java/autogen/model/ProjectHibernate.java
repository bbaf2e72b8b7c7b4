package autogen.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate ORM a project runs: the {@code hibernate-core} jar on its class path and the version its manifest
 * gives (the jar's name tells it when the manifest does not).
 */
record ProjectHibernate(String version, Path jar) {
    /** {@code hibernate-core-6.6.33.Final.jar}, as Maven and Gradle name it; the version may be missing. */
    private static final Pattern JAR_NAME = Pattern.compile("hibernate-core(?:-(\\d[^/]*))?\\.jar");

    /** The first {@code hibernate-core} jar on {@code classPath}, as a class loader would see it. */
    static Optional<ProjectHibernate> find(List<Path> classPath) {
        for (Path entry : classPath) {
            Matcher name = JAR_NAME.matcher(String.valueOf(entry.getFileName()));
            if (name.matches() && Files.isRegularFile(entry)) {
                return Optional.of(new ProjectHibernate(manifestVersion(entry)
                        .or(() -> Optional.ofNullable(name.group(1)))
                        .orElse("unknown"), entry));
            }
        }
        return Optional.empty();
    }

    /** The major version, 0 when the version is unknown. */
    int major() {
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<String> manifestVersion(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? Optional.empty()
                    : Optional.ofNullable(manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION));
        } catch (IOException e) {
            throw new ModelReadException("cannot read class path entry " + jar + ": " + e.getMessage(), e);
        }
    }
}
