package autogen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFailureTest {
    private final HibernateModelReader reader = new HibernateModelReader();

    @Test
    void packageWithoutEntities() {
        ModelReadException e = assertThrows(ModelReadException.class,
                () -> reader.read(Fixtures.testPackage("autogen.model.empty")));
        assertEquals("no entity classes found in packages [autogen.model.empty] on class path ["
                + Fixtures.testClassPath() + "]", e.getMessage());
    }

    @Test
    void missingClassPathEntry(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-classes");
        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(
                new ModelSource(List.of(missing), List.of("autogen.sample"), Map.of())));
        assertEquals("class path entry does not exist: " + missing, e.getMessage());
    }

    @Test
    void entityWithoutIdentifier() {
        String message = rejection("autogen.model.bad.noid");
        assertTrue(message.contains("autogen.model.bad.noid.NoIdentifier"), message);
    }

    @Test
    void associationToNonEntity() {
        String message = rejection("autogen.model.bad.target");
        assertTrue(message.contains("NotAnEntity"), message);
    }

    @Test
    void unknownStrategyClassInSettings() {
        ModelSource source = new ModelSource(List.of(Fixtures.sampleClassPath()), List.of("autogen.sample"),
                Map.of("hibernate.physical_naming_strategy", "no.such.Strategy"));
        ModelReadException e = assertThrows(ModelReadException.class, () -> reader.read(source));
        assertEquals("Hibernate rejected the settings: Could not load requested class: no.such.Strategy",
                e.getMessage());
    }

    private String rejection(String packageName) {
        ModelReadException e = assertThrows(ModelReadException.class,
                () -> reader.read(Fixtures.testPackage(packageName)));
        assertTrue(e.getMessage().startsWith("Hibernate rejected the entities: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }
}
