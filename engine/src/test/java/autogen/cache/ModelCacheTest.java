package autogen.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.model.ClassPathFiles;
import autogen.model.HibernateModelReader;
import autogen.model.ModelSource;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.Identity;
import autogen.schema.Origin;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {
    private static final Path SAMPLE_CLASSES = Path.of("..", "sample-app", "target", "classes").toAbsolutePath().normalize();
    private static final Map<String, String> NAMING = Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");

    @TempDir
    Path temp;

    @Test
    void theCodecKeepsEveryFieldOfTheModel() throws Exception {
        Schema sample = new HibernateModelReader().read(new ModelSource(List.of(SAMPLE_CLASSES),
                List.of("autogen.sample"), NAMING));
        Table extra = new Table(new QualifiedName("audit", "log"), List.of(new Column("id", "bigint", false,
                Optional.of("1"), Identity.ALWAYS, Optional.of("(2 * 3)"), Optional.of("the key"))),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(new CheckConstraint("ck", "(id > 0)")),
                Optional.of("a log"), List.of(new Trigger("t", QualifiedName.of("f"))));
        Schema everything = new Schema(List.of("audit", "public"), List.of(new EnumType(QualifiedName.of("mood"),
                List.of("a", "b"))), Stream.concat(sample.tables().stream(), Stream.of(extra)).toList(),
                sample.sequences(), List.of(new TriggerFunction(QualifiedName.of("f"), "\nbegin\nend\n")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SchemaCodec.write(new DataOutputStream(bytes), everything);
        Schema read = SchemaCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(everything, read);
    }

    @Test
    void theCodecKeepsWhatDeclaresEachTableAndColumnInItsOrder() throws Exception {
        Schema sample = new HibernateModelReader().read(new ModelSource(List.of(SAMPLE_CLASSES),
                List.of("autogen.sample"), NAMING));
        QualifiedName users = QualifiedName.of("users");
        List<Origin> origins = Stream.concat(sample.origins().stream(), Stream.of(
                new Origin(users, Optional.empty(), "User"), new Origin(QualifiedName.of("posts"),
                        Optional.of("title"), "Post.title"), new Origin(users, Optional.of("name"), "User.name")))
                .toList();
        Schema withOrigins = new Schema(sample.namespaces(), sample.enums(), sample.tables(), sample.sequences(),
                sample.functions(), sample.ordinals(), origins);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SchemaCodec.write(new DataOutputStream(bytes), withOrigins);
        Schema read = SchemaCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertFalse(sample.origins().isEmpty());
        assertEquals(withOrigins, read);
        assertEquals(origins, read.origins());
    }

    @Test
    void aSecondReadOfUnchangedEntitiesComesFromTheCacheAndAChangeMisses() throws Exception {
        Path classes = copy(SAMPLE_CLASSES, temp.resolve("classes"));
        ModelSource source = new ModelSource(List.of(classes), List.of("autogen.sample"), NAMING);
        ModelCache cache = ModelCache.in(temp.resolve("cache"));
        assertFalse(cache.contains(source));
        Schema first = cache.read(source);
        assertTrue(cache.contains(source));
        assertEquals(first, cache.read(source));

        String before = key(source).orElseThrow();
        Files.write(classes.resolve("autogen/sample/Extra.class"), new byte[] {1, 2, 3});
        assertNotEquals(before, key(source).orElseThrow());
        assertFalse(cache.contains(source), "a changed class path misses");
        ModelSource otherSettings = new ModelSource(List.of(classes), List.of("autogen.sample"), Map.of());
        assertNotEquals(key(source), key(otherSettings), "settings are part of the key");
    }

    @Test
    void aWarmRunReadsNoClassFileWhoseStampIsUnchangedAndARebuildOfTheSameBytesStillHits() throws Exception {
        Path classes = copy(SAMPLE_CLASSES, temp.resolve("classes"));
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        ModelSource source = new ModelSource(List.of(classes), List.of("autogen.sample"), NAMING);
        ModelCache cache = ModelCache.in(temp.resolve("cache"));
        cache.read(source);
        assertTrue(cache.contains(source));

        Path post = classes.resolve("autogen/sample/Post.class");
        byte[] bytes = Files.readAllBytes(post);
        FileTime rebuilt = FileTime.from(Instant.now().minus(Duration.ofMinutes(30)));
        Files.write(post, bytes);
        Files.setLastModifiedTime(post, rebuilt);
        assertTrue(cache.contains(source), "the same bytes, written again, hit");

        byte[] other = bytes.clone();
        other[other.length - 1] ^= 1;
        Files.write(post, other);
        Files.setLastModifiedTime(post, rebuilt);
        assertTrue(cache.contains(source), "a file whose size and time the index knows is not read again");

        Files.setLastModifiedTime(post, FileTime.from(Instant.now().minus(Duration.ofMinutes(20))));
        assertFalse(cache.contains(source), "a new time reads the file, and its other bytes miss");
    }

    @Test
    void aJarIsKeyedByItsSizeAndTimeAndASpringBootSettingsFileByItsText() throws Exception {
        Path classes = copy(SAMPLE_CLASSES, temp.resolve("classes"));
        Path jar = Files.write(temp.resolve("library.jar"), new byte[] {1, 2, 3, 4});
        ModelSource source = new ModelSource(List.of(classes, jar), List.of("autogen.sample"), NAMING);
        String before = key(source).orElseThrow();

        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(jar);
        Files.write(jar, new byte[] {9, 9, 9, 9});
        Files.setLastModifiedTime(jar, time);
        assertEquals(before, key(source).orElseThrow(), "the jar's bytes are not read");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 1000));
        String touched = key(source).orElseThrow();
        assertNotEquals(before, touched, "a rebuilt jar misses");
        Files.write(jar, new byte[] {9, 9, 9, 9, 9});
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 1000));
        assertNotEquals(touched, key(source).orElseThrow(), "another size misses");

        String withoutSettings = key(source).orElseThrow();
        Files.writeString(classes.resolve("application.properties"), "spring.jpa.hibernate.naming.implicit-strategy=x");
        assertNotEquals(withoutSettings, key(source).orElseThrow(), "Spring Boot's settings are part of the key");
    }

    @Test
    void aModelReadFromTheEntitiesIsStoredByTheTaskGivenToTheStoringExecutor() throws Exception {
        Path classes = copy(SAMPLE_CLASSES, temp.resolve("classes"));
        ModelSource source = new ModelSource(List.of(classes), List.of("autogen.sample"), NAMING);
        ModelCache cache = ModelCache.in(temp.resolve("cache"));
        List<Runnable> stores = new ArrayList<>();
        Schema model = cache.read(source, stores::add);
        assertEquals(1, stores.size());
        assertFalse(cache.contains(source), "nothing is written before the task runs");

        stores.get(0).run();
        assertTrue(cache.contains(source));
        assertEquals(model, cache.read(source, task -> {
            throw new AssertionError("a model from the cache is not stored again");
        }));
    }

    @Test
    void aRefreshingCacheReadsTheEntitiesAgainAndReplacesTheEntry() throws Exception {
        Path classes = copy(SAMPLE_CLASSES, temp.resolve("classes"));
        ModelSource source = new ModelSource(List.of(classes), List.of("autogen.sample"), NAMING);
        ModelCache cache = ModelCache.in(temp.resolve("cache"));
        Schema model = cache.read(source);
        // An entry that no longer matches the entities (as one written by a faulty build would be).
        Path entry = temp.resolve("cache").resolve(key(source).orElseThrow() + ".model");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(entry))) {
            SchemaCodec.write(out, Schema.empty());
        }
        assertEquals(Schema.empty(), cache.read(source), "a plain read trusts the entry");

        assertEquals(model, cache.refreshing().read(source));
        assertEquals(model, cache.read(source), "the refreshed model replaced the entry");
    }

    private static Optional<String> key(ModelSource source) {
        return ModelCache.key(source, root -> ClassFileHashes.lines(ClassPathFiles.read(List.of(root)).folder(root)
                .orElseThrow()));
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
