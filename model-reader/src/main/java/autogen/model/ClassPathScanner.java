package autogen.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the classes in some packages of a class path whose class files mention a JPA type annotation, without
 * loading anything: classes that merely sit next to the entities may need libraries the class path lacks.
 */
final class ClassPathScanner {
    /** A candidate: its binary name, the class path entry it was found in, and its class file. */
    record FoundClass(String name, Path entry, byte[] classFile) {
    }

    private static final List<String> ANNOTATION_DESCRIPTORS = List.of(
            "Ljakarta/persistence/Entity;", "Ljakarta/persistence/MappedSuperclass;",
            "Ljakarta/persistence/Embeddable;", "Ljakarta/persistence/Converter;");

    private final List<String> packagePrefixes;

    ClassPathScanner(List<String> packages) {
        this.packagePrefixes = packages.stream()
                .map(p -> p.isEmpty() ? "" : p.replace('.', '/') + "/")
                .toList();
    }

    /**
     * The candidate classes, sorted by binary name. Where two entries hold a class of the same name, only the
     * earlier one counts, as for a class loader. Each entry must exist.
     */
    List<FoundClass> candidates(ClassPathFiles files) {
        Map<String, Optional<FoundClass>> found = new TreeMap<>();
        for (Path entry : files.classPath()) {
            Optional<List<ClassPathFiles.ClassFile>> folder = files.folder(entry);
            if (folder.isPresent()) {
                for (ClassPathFiles.ClassFile file : folder.get()) {
                    consider(entry, file.path(), file.bytes(), found);
                }
            } else if (Files.isRegularFile(entry)) {
                scanJar(entry, found);
            } else {
                throw new ModelReadException("class path entry does not exist: " + entry);
            }
        }
        return found.values().stream().flatMap(Optional::stream).toList();
    }

    private void scanJar(Path jar, Map<String, Optional<FoundClass>> found) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && isWanted(entry.getName())) {
                    consider(jar, entry.getName(), read(file, entry), found);
                }
            }
        } catch (IOException e) {
            throw new ModelReadException("cannot read class path entry " + jar + ": " + e.getMessage(), e);
        }
    }

    // Only the first class of a name counts, entity or not: a class loader never sees a later one.
    private void consider(Path entry, String path, byte[] classFile, Map<String, Optional<FoundClass>> found) {
        if (isWanted(path)) {
            found.computeIfAbsent(binaryName(path), name -> mentionsJpaType(classFile)
                    ? Optional.of(new FoundClass(name, entry, classFile)) : Optional.empty());
        }
    }

    private static byte[] read(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private boolean isWanted(String path) {
        return path.endsWith(".class")
                && !path.endsWith("module-info.class")
                && !path.endsWith("package-info.class")
                && packagePrefixes.stream().anyMatch(path::startsWith);
    }

    private static String binaryName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    // An annotation on a class is recorded in its constant pool as the annotation's type descriptor;
    // ISO-8859-1 maps each byte to one char, so a plain substring search finds it.
    private static boolean mentionsJpaType(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        return ANNOTATION_DESCRIPTORS.stream().anyMatch(text::contains);
    }
}
