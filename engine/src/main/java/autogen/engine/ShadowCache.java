package autogen.engine;

import autogen.introspect.embedded.EmbeddedServer;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Shadow databases kept between runs: the data directory of a shadow database at the end of a comparison, keyed
 * by the migrations it holds (each one's revision and checksum, in the graph's order). A later comparison starts
 * from the longest run of its own migrations that one holds, and replays only the migrations after it, so a long
 * history costs its replay once. The newest few are kept.
 */
final class ShadowCache {
    private static final int KEPT = 3;
    /** A copy being written into the cache; one this old belongs to a process that died meanwhile. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private final Path folder;

    ShadowCache(Path folder) {
        this.folder = folder;
    }

    /** Where to start: the snapshot holding the most of {@code graph}'s migrations, if one does. */
    Optional<Path> best(RevisionGraph graph, Settings settings) {
        List<String> keys = keys(graph, settings);
        for (int i = keys.size() - 1; i >= 0; i--) {
            Path snapshot = folder.resolve(keys.get(i));
            if (Files.isDirectory(snapshot)) {
                touch(snapshot);
                return Optional.of(snapshot);
            }
        }
        return Optional.empty();
    }

    /** Where a shadow database holding all of {@code graph}'s migrations is kept; empty without migrations. */
    Optional<Path> complete(RevisionGraph graph, Settings settings) {
        List<String> keys = keys(graph, settings);
        return keys.isEmpty() ? Optional.empty() : Optional.of(folder.resolve(keys.get(keys.size() - 1)));
    }

    /** Removes all but the newest snapshots, and copies a process left half written. */
    void prune() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> snapshots = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".writing-")) {
                    snapshots.add(entry);
                } else if (Files.getLastModifiedTime(entry).toInstant().isBefore(abandoned)) {
                    delete(entry);
                }
            }
            snapshots.sort(Comparator.comparing(ShadowCache::modified).reversed());
            snapshots.stream().skip(KEPT).forEach(ShadowCache::delete);
        } catch (IOException e) {
            // A cache that cannot be pruned now is pruned by a later run.
        }
    }

    /** The key of each run of {@code graph}'s migrations from the first: one per migration, in the graph's order. */
    private static List<String> keys(RevisionGraph graph, Settings settings) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // What else a shadow database depends on: the server's binaries and where the history table is.
        update(digest, EmbeddedServer.binaries() + "\n" + settings.historyTable() + "\n");
        List<String> keys = new ArrayList<>();
        for (MigrationSource m : graph.ordered()) {
            update(digest, m.revision() + " " + m.checksum() + "\n");
            keys.add(HexFormat.of().formatHex(clone(digest).digest()));
        }
        return keys;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest clone(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void touch(Path snapshot) {
        try {
            Files.setLastModifiedTime(snapshot, java.nio.file.attribute.FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // Only the pruning order depends on it.
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // Whatever is left is pruned by a later run.
        }
    }
}
