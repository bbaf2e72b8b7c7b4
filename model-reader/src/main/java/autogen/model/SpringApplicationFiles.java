package autogen.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * A Spring Boot application's own settings files, {@code application.properties} over {@code application.yml} (or
 * {@code .yaml}), as Spring Boot reads them: the keys flattened, the values as written.
 */
public final class SpringApplicationFiles {
    private static final String PROPERTIES = "application.properties";
    private static final List<String> YAML = List.of("application.yml", "application.yaml");
    /** The names of the files this reads. */
    public static final List<String> NAMES = List.of(PROPERTIES, YAML.get(0), YAML.get(1));

    private SpringApplicationFiles() {
    }

    /** The settings of the files {@code find} locates by name (a class loader's resources, say). */
    static Map<String, String> read(Function<String, URL> find) {
        Map<String, String> settings = new LinkedHashMap<>();
        YAML.stream().map(find).filter(url -> url != null).findFirst()
                .ifPresent(yaml -> settings.putAll(SpringYaml.read(yaml)));
        URL properties = find.apply(PROPERTIES);
        if (properties != null) {
            Properties read = properties(properties);
            read.stringPropertyNames().forEach(k -> settings.put(k, read.getProperty(k)));
        }
        return settings;
    }

    /**
     * The settings of the files in the folders of {@code classPath}, the first folder that has one first: where
     * an application's own resources are compiled to. A jar's files are a library's.
     */
    public static Map<String, String> inFolders(List<Path> classPath) {
        return read(name -> classPath.stream().filter(Files::isDirectory).map(folder -> folder.resolve(name))
                .filter(Files::isRegularFile).findFirst().flatMap(SpringApplicationFiles::url).orElse(null));
    }

    private static Optional<URL> url(Path file) {
        try {
            return Optional.of(file.toUri().toURL());
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    private static Properties properties(URL url) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelReadException("cannot read the Spring Boot settings in " + url.getPath() + ": "
                    + Failures.oneLine(String.valueOf(e.getMessage())), e);
        }
    }
}
