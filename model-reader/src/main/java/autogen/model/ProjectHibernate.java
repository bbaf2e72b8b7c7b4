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
        return part(0);
    }

    /**
     * Whether autogen cannot read with this Hibernate: before 6 it maps {@code javax.persistence}, and the Hibernate 6
     * reader is built against 6.6, whose boot API earlier 6.x releases lack in part.
     */
    boolean isUnsupported() {
        return major() > 0 && major() < 6 || major() == 6 && part(1) < 6;
    }

    /** The number at {@code index} of the dotted version, 0 when there is none. */
    private int part(int index) {
        String[] parts = version.split("\\.");
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
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
