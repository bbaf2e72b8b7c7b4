package autogen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's Hibernate is the first hibernate-core jar on its class path, at the version its manifest names (or
 * its file name, when the manifest names none); a project on Hibernate 5, or on a 6 before 6.6, is told in one line
 * that autogen reads 6.6 and 7.
 */
class ProjectHibernateTest {
    @TempDir
    Path temp;

    @Test
    void theVersionComesFromTheFirstHibernateCoreJarsManifest() throws IOException {
        Path renamed = jar("lib/hibernate-core.jar", "6.6.33.Final");
        Path later = jar("other/hibernate-core-7.2.19.Final.jar", "7.2.19.Final");
        Optional<ProjectHibernate> found = ProjectHibernate.find(List.of(temp, jar("lib/envers.jar", "1"), renamed,
                later));
        assertEquals(Optional.of(new ProjectHibernate("6.6.33.Final", renamed)), found);
        assertEquals(6, found.get().major());
    }

    @Test
    void withoutAManifestVersionTheFileNameTells() throws IOException {
        Path jar = jar("hibernate-core-7.2.19.Final.jar", null);
        assertEquals(Optional.of(new ProjectHibernate("7.2.19.Final", jar)), ProjectHibernate.find(List.of(jar)));
        assertEquals(Optional.empty(), ProjectHibernate.find(List.of(temp, jar("hibernate-envers.jar", "6.6.1"))));
    }

    @Test
    void aProjectOnHibernate5OrAnEarlier6IsOneLineNamingTheVersionsAutogenReads() throws IOException {
        for (String version : List.of("5.6.15.Final", "6.4.4.Final")) {
            Path jar = jar("v" + version + "/hibernate-core-" + version + ".jar", version);
            ModelReadException e = assertThrows(ModelReadException.class, () -> new HibernateModelReader().read(
                    new ModelSource(List.of(Fixtures.sampleClassPath(), jar), List.of("autogen.sample"), Map.of())));
            assertEquals("the project uses Hibernate " + version + " (" + jar + "); autogen reads entities with"
                    + " Hibernate 6.6 or 7 (Spring Boot 3.4 and later): upgrade the project's Hibernate to one of them",
                    e.getMessage());
        }
        assertFalse(new ProjectHibernate("6.6.0.Final", temp).isUnsupported());
        assertFalse(new ProjectHibernate("7.2.19.Final", temp).isUnsupported());
        assertFalse(new ProjectHibernate("unknown", temp).isUnsupported());
    }

    private Path jar(String name, String version) throws IOException {
        Path jar = temp.resolve(name);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (version != null) {
            manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        }
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close();
        }
        return jar;
    }
}
