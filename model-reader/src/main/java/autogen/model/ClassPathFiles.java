package autogen.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The class files of a class path's folders, each read once and kept in memory. The model cache hashes them,
 * the scanner looks for entities among them and the class loader defines the entities from them: at thousands
 * of entities, reading the files for each would be a noticeable part of a first {@code check}, and the model
 * comes from the very bytes its cache key was hashed from. Jars are left to be read where they are used: they
 * are rarer, and a jar is hashed as one file.
 */
public final class ClassPathFiles {
    /** One class file of a folder: its path in the folder, with {@code /} separators, and its contents. */
    public record ClassFile(String path, byte[] bytes) {
    }

    private final List<Path> classPath;
    private final Map<Path, List<ClassFile>> folders;

    private ClassPathFiles(List<Path> classPath, Map<Path, List<ClassFile>> folders) {
        this.classPath = classPath;
        this.folders = folders;
    }

    /**
     * Reads the class files of every folder on {@code classPath}.
     *
     * @throws ModelReadException when a folder or one of its files cannot be read
     */
    public static ClassPathFiles read(List<Path> classPath) {
        Map<Path, List<ClassFile>> folders = new LinkedHashMap<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                folders.put(entry, readFolder(entry));
            }
        }
        return new ClassPathFiles(List.copyOf(classPath), folders);
    }

    public List<Path> classPath() {
        return classPath;
    }

    /** The class files of {@code entry}, sorted by path; empty when the entry is not a folder (a jar, or missing). */
    public Optional<List<ClassFile>> folder(Path entry) {
        return Optional.ofNullable(folders.get(entry));
    }

    private static List<ClassFile> readFolder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<ClassFile> classes = new ArrayList<>();
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                if (Files.isRegularFile(file)) {
                    String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    classes.add(new ClassFile(path, Files.readAllBytes(file)));
                }
            }
            classes.sort(Comparator.comparing(ClassFile::path));
            return List.copyOf(classes);
        } catch (IOException | UncheckedIOException e) {
            throw new ModelReadException("cannot read class path entry " + root + ": " + e.getMessage(), e);
        }
    }
}
