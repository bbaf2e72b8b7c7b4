package autogen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.migration.Statement;
import autogen.runner.MigrationSource;
import autogen.runner.RevisionGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShadowCacheTest {
    @TempDir
    Path temp;

    private record Source(String revision, List<String> parents, String checksum) implements MigrationSource {
        @Override public String message() { return revision; }
        @Override public String created() { return ""; }
        @Override public Path file() { return Path.of(revision + "_m.java"); }
        @Override public List<Statement> upgrade() { return List.of(); }
        @Override public List<Statement> downgrade() { return List.of(); }
        @Override public Optional<String> schemaAfter() { return Optional.empty(); }
    }

    private static RevisionGraph graph(String... checksums) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < checksums.length; i++) {
            sources.add(new Source("r" + i, i == 0 ? List.of() : List.of("r" + (i - 1)), checksums[i]));
        }
        return RevisionGraph.of(Path.of("m"), sources);
    }

    private final Settings settings = Settings.resolve(Path.of("."), new Settings.Flags(Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Map.of());

    @Test
    void aLongerHistoryStartsFromTheSnapshotOfItsLongestKnownBeginning() throws Exception {
        ShadowCache cache = new ShadowCache(temp);
        Path two = cache.complete(graph("a", "b"), settings).orElseThrow();
        Files.createDirectories(two);
        assertEquals(Optional.of(two), cache.best(graph("a", "b", "c", "d"), settings), "replays c and d only");
        assertEquals(Optional.of(two), cache.best(graph("a", "b"), settings), "replays nothing");
        assertEquals(Optional.empty(), cache.best(graph("a", "B", "c"), settings), "b edited: from the start");
        assertEquals(Optional.empty(), cache.best(graph(), settings));
        assertTrue(cache.complete(graph(), settings).isEmpty());
    }

    @Test
    void theNewestFewAreKeptAndHalfWrittenCopiesOfDeadRunsGo() throws Exception {
        ShadowCache cache = new ShadowCache(temp);
        for (int i = 0; i < 5; i++) {
            Path snapshot = Files.createDirectories(temp.resolve("snapshot" + i));
            Files.setLastModifiedTime(snapshot, FileTime.from(Instant.now().minusSeconds(100 - i)));
        }
        Path abandoned = Files.createDirectories(temp.resolve(".writing-dead"));
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minusSeconds(3600)));
        Path writing = Files.createDirectories(temp.resolve(".writing-live"));
        cache.prune();
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(".writing-live", "snapshot2", "snapshot3", "snapshot4"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.exists(writing));
    }
}
