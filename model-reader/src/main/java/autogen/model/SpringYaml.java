package autogen.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * An {@code application.yml} as Spring Boot flattens it: nested keys joined with dots, every document that no
 * profile activates ({@code spring.config.activate.on-profile}), later documents winning.
 */
final class SpringYaml {
    private static final String PROFILE = "spring.config.activate.on-profile";

    private SpringYaml() {
    }

    static Map<String, String> read(URL url) {
        Map<String, String> flat = new LinkedHashMap<>();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                Map<String, String> keys = new LinkedHashMap<>();
                flatten("", document, keys);
                if (!keys.containsKey(PROFILE)) {
                    flat.putAll(keys);
                }
            }
            return flat;
        } catch (IOException | YAMLException e) {
            throw new ModelReadException("cannot read the Spring Boot settings in " + url.getPath() + ": "
                    + Failures.oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static void flatten(String prefix, Object node, Map<String, String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, keys));
        } else if (node != null && !prefix.isEmpty()) {
            keys.put(prefix, String.valueOf(node));
        }
    }
}
