package autogen.cache;

import autogen.engine.Progress;
import autogen.model.ClassPathFiles;
import autogen.model.HibernateModelReader;
import autogen.model.ModelSource;
import autogen.schema.Schema;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * The entities' schema model, cached by a hash of the compiled entity classes, the settings and autogen's own
 * model reader, so that a second run with unchanged entities skips Hibernate's boot entirely. A warm run reads
 * no class file whose size and modification time are as the index of hashes remembers them ({@link
 * ClassFileHashes}). Any failure to
 * read or write the cache only means the model is read from the entities again.
 */
public final class ModelCache {
    private final Optional<Path> folder;
    private final boolean refresh;

    private ModelCache(Optional<Path> folder, boolean refresh) {
        this.folder = folder;
        this.refresh = refresh;
    }

    /** The cache in the user's {@link CacheFolder}. */
    public static ModelCache forUser(Map<String, String> env) {
        return new ModelCache(CacheFolder.forUser(env).map(base -> base.resolve("models")), false);
    }

    /** A cache in {@code folder}, for tests. */
    public static ModelCache in(Path folder) {
        return new ModelCache(Optional.of(folder), false);
    }

    /** This cache, but reading the entities through Hibernate's boot even when cached, and storing what it read. */
    public ModelCache refreshing() {
        return new ModelCache(folder, true);
    }

    /** The model of {@code source}: from the cache when its entities are unchanged, else read and stored. */
    public Schema read(ModelSource source) {
        return read(source, Runnable::run);
    }

    /**
     * The model of {@code source}: from the cache when its entities are unchanged, else read, and stored by a
     * task given to {@code storing}, so that the caller may go on with the model while it is written.
     */
    public Schema read(ModelSource source, Executor storing) {
        if (folder.isEmpty()) {
            return Progress.ofUnchecked("reading the entities through Hibernate",
                    () -> new HibernateModelReader().read(source));
        }
        Optional<Path> entry = key(source, stamped()).map(k -> folder.get().resolve(k + ".model"));
        Optional<Schema> cached = refresh ? Optional.empty() : entry.flatMap(ModelCache::load);
        if (cached.isPresent()) {
            return cached.get();
        }
        // Read once: the entities are loaded from these bytes, and the model is stored under the key of these very
        // bytes, so a build that rewrites the classes meanwhile cannot leave a model under the wrong key.
        ClassPathFiles files = ClassPathFiles.read(source.classPath());
        Schema schema = Progress.ofUnchecked("reading the entities through Hibernate",
                () -> new HibernateModelReader().read(source, files));
        key(source, root -> ClassFileHashes.lines(files.folder(root)
                .orElseGet(() -> ClassPathFiles.read(List.of(root)).folder(root).orElse(List.of()))))
                .map(k -> folder.get().resolve(k + ".model"))
                .ifPresent(e -> storing.execute(() -> store(e, schema)));
        return schema;
    }

    /** Whether {@code source}'s model is in the cache. */
    public boolean contains(ModelSource source) {
        return folder.isPresent() && key(source, stamped())
                .map(k -> Files.exists(folder.get().resolve(k + ".model")))
                .orElse(false);
    }

    /** What a class folder is keyed by: each class file's path and hash, from the index where its stamp holds. */
    @FunctionalInterface
    interface FolderLines {
        List<String> of(Path folder) throws IOException;
    }

    /** The lines of a folder through the index of hashes kept beside the models. */
    FolderLines stamped() {
        ClassFileHashes hashes = new ClassFileHashes(folder.orElseThrow().resolve("index"));
        return root -> hashes.of(root).stream().map(ClassFileHashes.Hashed::line).toList();
    }

    private static Optional<Schema> load(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
            return Optional.of(SchemaCodec.read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void store(Path entry, Schema schema) {
        try {
            Files.createDirectories(entry.getParent());
            Path temp = Files.createTempFile(entry.getParent(), ".model-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                SchemaCodec.write(out, schema);
            }
            Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ignored) {
            // A cache that cannot be written is only slower; the model itself is right.
        }
    }

    /** SHA-256 of everything the model depends on; empty if some input cannot be read. */
    static Optional<String> key(ModelSource source, FolderLines folders) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            text(digest, "format " + SchemaCodec.FORMAT);
            text(digest, "packages " + source.packages());
            text(digest, "settings " + new TreeMap<>(source.hibernateSettings()));
            // autogen's own model readers (model-reader holds the one of Hibernate 6 projects too) and Hibernate:
            // another version may read the same classes differently. Their jars are named by path, size and time (a
            // new version is a new file), which saves hashing Hibernate's megabytes on every run; a folder of classes
            // (a development build) by its contents. Which Hibernate reads (the project's 6, or autogen's) follows
            // from the project's hibernate-core jar, keyed with the rest of its class path below.
            for (Class<?> code : List.of(HibernateModelReader.class, org.hibernate.cfg.AvailableSettings.class)) {
                Path location = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    text(digest, "jar " + location + " " + Files.size(location) + " "
                            + Files.getLastModifiedTime(location).toMillis());
                } else {
                    entry(digest, folders, location);
                }
            }
            for (Path entry : source.classPath()) {
                text(digest, "entry " + entry.toAbsolutePath().normalize());
                entry(digest, folders, entry);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A folder by the path and hash of every class file in it, in a fixed order, and the Spring Boot settings at its
     * top; a jar by its size and modification time (its path is keyed already): a project's class path holds
     * hundreds of megabytes of dependencies that a rebuild or an upgrade replaces, never edits in place.
     */
    private static void entry(MessageDigest digest, FolderLines folders, Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            for (String line : folders.of(entry)) {
                text(digest, line);
            }
            for (String settings : HibernateModelReader.SETTINGS_FILES) {
                Path file = entry.resolve(settings);
                if (Files.isRegularFile(file)) {
                    text(digest, settings);
                    digest.update(Files.readAllBytes(file));
                }
            }
        } else if (Files.isRegularFile(entry)) {
            text(digest, "jar " + Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis());
        } else {
            text(digest, "missing " + entry);
        }
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
