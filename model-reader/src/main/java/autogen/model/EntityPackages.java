package autogen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The packages of a project's compiled classes that hold its entities, as {@code entity.packages} lists them. */
public final class EntityPackages {
    private EntityPackages() {
    }

    /**
     * The packages of the classes in {@code classFolders} that a JPA annotation marks (entities, embeddables,
     * mapped superclasses, converters), without those inside another listed package, which its scan covers.
     */
    public static List<String> in(List<java.nio.file.Path> classFolders) {
        TreeSet<String> packages = new TreeSet<>();
        new ClassPathScanner(List.of("")).candidates(ClassPathFiles.read(classFolders)).forEach(found -> {
            int dot = found.name().lastIndexOf('.');
            packages.add(dot < 0 ? "" : found.name().substring(0, dot));
        });
        List<String> outermost = new ArrayList<>();
        for (String p : packages) {
            if (outermost.stream().noneMatch(o -> o.isEmpty() || p.startsWith(o + "."))) {
                outermost.add(p);
            }
        }
        return outermost;
    }
}
