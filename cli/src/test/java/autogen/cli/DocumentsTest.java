package autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What users copy from the documents works as copied: every properties example reads as Java reads a properties
 * file, with no value carrying a comment (a '#' after a value is part of it), and the CI examples are workflows.
 */
class DocumentsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PROPERTIES = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyPropertiesExampleCanBeCopiedAsItIs() throws Exception {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        int examples = 0;
        for (Path document : documents) {
            Matcher m = PROPERTIES.matcher(Files.readString(document));
            while (m.find()) {
                Properties read = new Properties();
                read.load(new StringReader(m.group(1)));
                for (String key : read.stringPropertyNames()) {
                    assertFalse(read.getProperty(key).contains(" #"), document.getFileName() + ": " + key + "="
                            + read.getProperty(key) + " carries a comment into its value");
                }
                examples++;
            }
        }
        assertTrue(examples >= 5, "properties examples found: " + examples);
    }

    @Test
    void theCiExamplesAreWorkflowsThatRunAutogen() throws Exception {
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/github-actions"))) {
            List<Path> workflows = files.sorted().toList();
            assertEquals(3, workflows.size(), workflows.toString());
            for (Path workflow : workflows) {
                Map<String, Object> read = new Yaml().load(Files.readString(workflow));
                assertTrue(read.containsKey("jobs"), workflow + " has no jobs");
                String text = Files.readString(workflow);
                assertTrue(text.contains("autogen check") || text.contains("autogen rehearse"),
                        workflow + " runs neither check nor rehearse");
            }
        }
    }
}
