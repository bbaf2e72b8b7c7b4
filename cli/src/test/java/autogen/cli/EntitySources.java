package autogen.cli;

import autogen.runner.JavaCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entity classes written out in a test, compiled in-process into a folder of the test's own. */
public final class EntitySources {
    /** An entity audited with Hibernate Envers: its table {@code accounts}, its audit table {@code accounts_aud}. */
    public static final Map<String, String> AUDITED = Map.of("autogen.audited.Account", """
            package autogen.audited;

            import jakarta.persistence.*;
            import org.hibernate.envers.Audited;

            @Entity
            @Table(name = "accounts")
            @Audited
            public class Account {
                @Id
                Long id;
                String email;
            }
            """);

    private EntitySources() {
    }

    /**
     * Compiles {@code sources} (fully qualified class name to source text) into {@code folder}/classes and
     * returns that folder, the class path to hand to autogen.
     */
    public static Path compile(Path folder, Map<String, String> sources) {
        try {
            Path sourceFolder = Files.createDirectories(folder.resolve("sources"));
            Path classes = Files.createDirectories(folder.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceFolder.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            JavaCompilation.compile(files, JavaCompilation.classPathOf(jakarta.persistence.Entity.class,
                    org.hibernate.annotations.Comment.class, org.hibernate.envers.Audited.class), classes)
                    .ifPresent(error -> {
                throw new IllegalStateException("the test's entities: " + error);
            });
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entity {@code name} in {@code pkg}, its table {@code table}, with an id and {@code body}'s fields. */
    static Map<String, String> entity(String pkg, String name, String table, String body) {
        return Map.of(pkg + "." + name, "package " + pkg + ";\n\n"
                + "import jakarta.persistence.*;\nimport org.hibernate.annotations.*;\n\n"
                + "@Entity\n@jakarta.persistence.Table(name = \"" + table.replace("\"", "\\\"") + "\")\n"
                + "public class " + name + " {\n    @Id\n    Long id;\n\n" + body + "\n}\n");
    }
}
