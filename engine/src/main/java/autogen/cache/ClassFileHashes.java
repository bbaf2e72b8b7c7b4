package autogen.cache;

import autogen.codegen.files.WholeFile;
import autogen.model.ClassPathFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of each class file of a folder, with an index kept in the cache folder that remembers each file's
 * hash under its size and modification time, as git's index does: a warm run stats the files and reads only those
 * whose stamp changed. A rebuild that writes the same bytes again changes the stamps, not the hashes, so the model
 * cache still hits. A fresh checkout in CI reads and hashes every file here, and on the miss that follows the model
 * reader reads them again: the model is stored under the hashes of the bytes it was read from, so a build that
 * rewrites the classes meanwhile cannot file it under the wrong key. A file written less than
 * {@value #SETTLING_SECONDS} s before the index is left out of it, so a change within the same tick of the clock
 * is never taken for the file it replaced.
 */
final class ClassFileHashes {
    private static final long SETTLING_SECONDS = 2;

    /** A class file of a folder: its path in the folder ({@code /} separators), size, modification time, hash. */
    record Hashed(String path, long size, long modifiedNanos, String sha256) {
        String line() {
            return path + " " + sha256;
        }
    }

    private final Path indexes;

    /** Hashes whose index files live in {@code indexes}. */
    ClassFileHashes(Path indexes) {
        this.indexes = indexes;
    }

    /** The class files of {@code root}, sorted by path, each with its hash; the index updated when it moved. */
    List<Hashed> of(Path root) throws IOException {
        Path index = indexes.resolve(sha256(root.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)) + ".index");
        Map<String, Hashed> known = read(index);
        List<Hashed> files = new ArrayList<>();
        boolean moved = false;
        for (Hashed stamp : stamps(root)) {
            Hashed before = known.get(stamp.path());
            if (before != null && before.size() == stamp.size() && before.modifiedNanos() == stamp.modifiedNanos()) {
                files.add(before);
            } else {
                files.add(new Hashed(stamp.path(), stamp.size(), stamp.modifiedNanos(),
                        sha256(Files.readAllBytes(root.resolve(stamp.path())))));
                moved = true;
            }
        }
        if (moved || known.size() != files.size()) {
            write(index, files);
        }
        return files;
    }

    /** The class files already read, hashed from their bytes: what a model read from them is keyed by. */
    static List<String> lines(List<ClassPathFiles.ClassFile> files) {
        return files.stream().map(f -> f.path() + " " + sha256(f.bytes())).toList();
    }

    /** Each class file's path, size and modification time, sorted by path; no hash yet. */
    private static List<Hashed> stamps(Path root) throws IOException {
        List<Hashed> stamps = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".class")) {
                    String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    stamps.add(new Hashed(path, attributes.size(),
                            attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), ""));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        stamps.sort(java.util.Comparator.comparing(Hashed::path));
        return stamps;
    }

    private static Map<String, Hashed> read(Path index) {
        Map<String, Hashed> known = new HashMap<>();
        if (!Files.isRegularFile(index)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                // size, time and hash first: a path may hold spaces.
                String[] parts = line.split(" ", 4);
                if (parts.length == 4) {
                    known.put(parts[3], new Hashed(parts[3], Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                            parts[2]));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            known.clear();
        }
        return known;
    }

    /** Written whole or not at all; a file too recent to trust is left for the next run to hash again. */
    private void write(Path index, List<Hashed> files) {
        long settled = System.currentTimeMillis() - TimeUnit.SECONDS.toMillis(SETTLING_SECONDS);
        StringBuilder text = new StringBuilder();
        for (Hashed f : files) {
            if (TimeUnit.NANOSECONDS.toMillis(f.modifiedNanos()) < settled) {
                text.append(f.size()).append(' ').append(f.modifiedNanos()).append(' ').append(f.sha256())
                        .append(' ').append(f.path()).append('\n');
            }
        }
        try {
            Files.createDirectories(indexes);
            WholeFile.write(index, text.toString());
        } catch (IOException | RuntimeException ignored) {
            // Without an index the next run reads the files again: slower, never wrong.
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
