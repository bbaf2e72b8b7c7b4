package autogen.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the classes in some packages of a class path whose class files mention a JPA type annotation, without
 * loading anything: classes that merely sit next to the entities may need libraries the class path lacks.
 */
final class ClassPathScanner {
    private static final List<String> ANNOTATION_DESCRIPTORS = List.of(
            "Ljakarta/persistence/Entity;", "Ljakarta/persistence/MappedSuperclass;",
            "Ljakarta/persistence/Embeddable;", "Ljakarta/persistence/Converter;");

    private final List<String> packagePrefixes;

    ClassPathScanner(List<String> packages) {
        this.packagePrefixes = packages.stream()
                .map(p -> p.isEmpty() ? "" : p.replace('.', '/') + "/")
                .toList();
    }

    /** The binary names of candidate classes, sorted; each entry must exist. */
    List<String> candidates(List<Path> classPath) {
        TreeSet<String> names = new TreeSet<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                scanDirectory(entry, names);
            } else if (Files.isRegularFile(entry)) {
                scanJar(entry, names);
            } else {
                throw new ModelReadException("class path entry does not exist: " + entry);
            }
        }
        return List.copyOf(names);
    }

    private void scanDirectory(Path root, TreeSet<String> names) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (isWanted(relative) && mentionsJpaType(Files.readAllBytes(file))) {
                    names.add(binaryName(relative));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ModelReadException("cannot read class path entry " + root + ": " + e.getMessage(), e);
        }
    }

    private void scanJar(Path jar, TreeSet<String> names) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && isWanted(entry.getName()) && mentionsJpaType(read(file, entry))) {
                    names.add(binaryName(entry.getName()));
                }
            }
        } catch (IOException e) {
            throw new ModelReadException("cannot read class path entry " + jar + ": " + e.getMessage(), e);
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
