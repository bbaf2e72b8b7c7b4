package autogen.introspect.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder autogen works in that lives no longer than the process that made it. Its owner file stays locked while
 * the process runs (the operating system lets go of the lock when the process ends, however it ends), so a folder
 * whose owner file can be locked belongs to a process that is gone: the next one to make a folder of the same kind
 * sweeps it away. A folder is deleted on {@link #close}, and at the latest when the JVM shuts down; each kind of
 * folder says what to stop before its folder goes (the server running on it, for a database's folder).
 */
public final class ScratchFolder implements AutoCloseable {
    private static final String OWNER = ".autogen-owner";
    /** A folder without an owner file yet is being made; one this old never got one (a crash in between). */
    private static final Duration UNOWNED_GRACE = Duration.ofMinutes(1);
    private static final Set<ScratchFolder> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(ScratchFolder::close),
                "autogen-scratch-folders"));
    }

    private final Path path;
    private final FileChannel owner;
    private final FileLock lock;
    private final Consumer<Path> beforeDelete;

    private ScratchFolder(Path path, FileChannel owner, FileLock lock, Consumer<Path> beforeDelete) {
        this.path = path;
        this.owner = owner;
        this.lock = lock;
        this.beforeDelete = beforeDelete;
    }

    /**
     * Sweeps {@code parent} of folders named {@code prefix*} left by processes that are gone, then makes a new one.
     * {@code beforeDelete} runs on every such folder before it is deleted, swept or closed: it stops what may still
     * run there.
     */
    public static ScratchFolder create(Path parent, String prefix, Consumer<Path> beforeDelete) {
        try {
            Files.createDirectories(parent);
            sweep(parent, prefix, beforeDelete);
            Path path = Files.createTempDirectory(parent, prefix);
            FileChannel owner = FileChannel.open(path.resolve(OWNER), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            FileLock lock = owner.lock();
            // For people looking at the folder; the lock is what counts.
            String pid = "pid " + ProcessHandle.current().pid() + "\n";
            owner.write(ByteBuffer.wrap(pid.getBytes(StandardCharsets.UTF_8)));
            ScratchFolder folder = new ScratchFolder(path, owner, lock, beforeDelete);
            OPEN.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder in " + parent + ": " + e.getMessage(), e);
        }
    }

    /** A scratch folder in the temporary folder. */
    public static ScratchFolder create(String prefix, Consumer<Path> beforeDelete) {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix, beforeDelete);
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and everything in it; a second call does nothing. */
    @Override
    public void close() {
        if (!OPEN.remove(this)) {
            return;
        }
        beforeDelete.accept(path);
        delete(path);
        try {
            lock.release();
            owner.close();
        } catch (IOException ignored) {
            // The folder is gone; the lock goes with the process anyway.
        }
    }

    /** Deletes the folders named {@code prefix*} in {@code parent} whose process is gone. */
    static void sweep(Path parent, String prefix, Consumer<Path> beforeDelete) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && abandoned(folder)) {
                    beforeDelete.accept(folder);
                    delete(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Sweeping is a courtesy to the machine: it never stops the command that makes a new folder.
        }
    }

    /** Whether no live process holds {@code folder}: its owner file can be locked, or it never got one. */
    private static boolean abandoned(Path folder) throws IOException {
        // Never open another channel on an owner file of this process: closing it would release the lock
        // (POSIX record locks belong to the process, and any close lets go of them).
        if (OPEN.stream().anyMatch(open -> open.path.equals(folder))) {
            return false;
        }
        Path ownerFile = folder.resolve(OWNER);
        if (!Files.exists(ownerFile)) {
            FileTime modified = Files.getLastModifiedTime(folder);
            return modified.toInstant().isBefore(Instant.now().minus(UNOWNED_GRACE));
        }
        try (FileChannel channel = FileChannel.open(ownerFile, StandardOpenOption.WRITE)) {
            Optional<FileLock> free = Optional.ofNullable(channel.tryLock());
            free.ifPresent(ScratchFolder::release);
            return free.isPresent();
        } catch (OverlappingFileLockException ownedByThisProcess) {
            return false;
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Whatever could not be deleted now is swept by the next run.
        }
    }
}
