package autogen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.QualifiedName;
import autogen.schema.Sequence;
import jakarta.persistence.SequenceGenerator;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityClassLoaderTest {
    private static final Path CLASSES = Fixtures.testClassPath();

    @Test
    void definesTheEntitiesItselfAndLeavesTheRestToItsParent() throws Exception {
        List<ClassPathScanner.FoundClass> found = candidates("autogen.model.bad.target");
        ClassLoader parent = getClass().getClassLoader();
        try (URLClassLoader loader = loader(found, Set.of())) {
            Class<?> owner = loader.loadClass("autogen.model.bad.target.Owner");
            assertSame(loader, owner.getClassLoader(), "the entity, though the parent has it too");
            assertEquals(CLASSES.toUri().toURL(), owner.getProtectionDomain().getCodeSource().getLocation());
            assertSame(owner, loader.loadClass("autogen.model.bad.target.Owner"));
            assertSame(parent, loader.loadClass("autogen.model.bad.target.Owner$NotAnEntity").getClassLoader());
        }
    }

    @Test
    void anEntityPackageWithoutPackageInfoGetsAnEmptyOne() throws Exception {
        try (URLClassLoader loader = loader(candidates("autogen.model.bad.target"), Set.of("autogen.model.bad.target"))) {
            Class<?> info = loader.loadClass("autogen.model.bad.target.package-info");
            assertSame(loader, info.getClassLoader());
            assertTrue(info.isInterface() && info.isSynthetic(), "as javac writes a package-info");
            assertEquals(0, info.getAnnotations().length);
            assertSame(info, loader.loadClass("autogen.model.bad.target.package-info"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("autogen.model.bad.package-info"),
                    "only entity packages get one");
        }
    }

    @Test
    void anEntityPackageKeepsItsOwnPackageInfo() throws Exception {
        try (URLClassLoader loader = loader(candidates("autogen.model.packaged"), Set.of("autogen.model.packaged"))) {
            Class<?> info = loader.loadClass("autogen.model.packaged.package-info");
            assertNotNull(info.getAnnotation(SequenceGenerator.class));
        }
    }

    @Test
    void aGeneratorDeclaredOnThePackageReachesTheModel() {
        assertEquals(List.of(new Sequence(QualifiedName.of("packaged_seq"), 3, 7)),
                new HibernateModelReader().read(Fixtures.testPackage("autogen.model.packaged")).sequences());
    }

    private static List<ClassPathScanner.FoundClass> candidates(String packageName) {
        return new ClassPathScanner(List.of(packageName)).candidates(ClassPathFiles.read(List.of(CLASSES)));
    }

    private URLClassLoader loader(List<ClassPathScanner.FoundClass> found, Set<String> packages) throws Exception {
        return new EntityClassLoader(new URL[] {CLASSES.toUri().toURL()}, getClass().getClassLoader(), found,
                packages);
    }
}
