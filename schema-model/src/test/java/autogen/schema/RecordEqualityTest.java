package autogen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The model's records keep the record's meaning of equality, whether their equals and hashCode are generated or
 * written out for speed (see {@link QualifiedName}): two records built from equal components are equal and hash
 * alike, and a change to any one component makes them differ. Every record of the package is found and held to it,
 * so a component added later and left out of a written-out method fails here.
 */
class RecordEqualityTest {
    @Test
    void theRecordsWithWrittenOutMethodsAreAmongThoseFound() throws Exception {
        List<String> found = records().stream().map(Class::getSimpleName).toList();
        assertTrue(found.containsAll(List.of("QualifiedName", "Column", "Table", "CheckConstraint", "Index",
                "UniqueConstraint", "PrimaryKey", "ForeignKey", "Sequence")), found.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyComponentCounts() throws Exception {
        return records().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            RecordComponent[] components = type.getRecordComponents();
            Object[] base = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                base[i] = sample(components[i].getGenericType(), 0);
            }
            Object record = build(type, base);
            Object same = build(type, base.clone());
            assertEquals(record, same);
            assertEquals(record.hashCode(), same.hashCode());
            assertFalse(record.equals(null));
            assertNotEquals(record, "not a " + type.getSimpleName());
            for (int i = 0; i < components.length; i++) {
                Object[] changed = base.clone();
                changed[i] = sample(components[i].getGenericType(), 1);
                assertNotEquals(record, build(type, changed), type.getSimpleName() + "." + components[i].getName()
                        + " does not count in equals");
                assertNotEquals(build(type, changed), record);
            }
        }));
    }

    /** The records of this package. */
    private static List<Class<?>> records() throws Exception {
        Path folder = Path.of(QualifiedName.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("autogen/schema");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> type = Class.forName("autogen.schema." + name.substring(0, name.length() - 6));
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private static Object build(Class<?> type, Object[] values) throws Exception {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(parameters);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    /** Two distinct values of {@code type}, by {@code which} (0 or 1), valid for the model's constructors. */
    private static Object sample(Type type, int which) throws Exception {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type element = generic.getActualTypeArguments()[0];
            if (raw == List.class) {
                return which == 0 ? List.of(sample(element, 0)) : List.of(sample(element, 1));
            }
            if (raw == Optional.class) {
                return which == 0 ? Optional.empty() : Optional.of(sample(element, 0));
            }
            throw new AssertionError("no sample of " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return which == 0 ? "a" : "b";
        } else if (raw == boolean.class) {
            return which == 1;
        } else if (raw == long.class) {
            return which == 0 ? 1L : 2L;
        } else if (raw == int.class || raw == Integer.class) {
            return which == 0 ? 1 : 2;
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[which];
        } else if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType(), i == 0 ? which : 0);
            }
            return build(raw, values);
        }
        throw new AssertionError("no sample of " + type);
    }
}
