package autogen.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entities are: class path entries (directories or jars), the packages to scan (sub-packages
 * included) and Hibernate settings applied over autogen's own.
 */
public record ModelSource(List<Path> classPath, List<String> packages, Map<String, String> hibernateSettings) {
    public ModelSource {
        classPath = List.copyOf(classPath);
        packages = List.copyOf(packages);
        hibernateSettings = Map.copyOf(hibernateSettings);
    }
}
