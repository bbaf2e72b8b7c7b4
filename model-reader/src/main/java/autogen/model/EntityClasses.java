package autogen.model;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/** Loads candidate classes and keeps those Hibernate needs to see: entities, their supertypes, embeddables, converters. */
final class EntityClasses {
    private static final List<Class<? extends Annotation>> MARKERS =
            List.of(Entity.class, MappedSuperclass.class, Embeddable.class, Converter.class);

    private EntityClasses() {
    }

    /** The annotated classes among {@code names}, in the given order. */
    static List<Class<?>> load(List<String> names, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            Class<?> type = load(name, loader);
            if (MARKERS.stream().anyMatch(type::isAnnotationPresent)) {
                classes.add(type);
            }
        }
        return classes;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new ModelReadException("cannot load class " + name + ": " + Failures.oneLine(e.toString()), e);
        } catch (LinkageError e) {
            // What it needs and where to find it, as for a class Hibernate's boot cannot link.
            throw new ModelReadException("cannot load class " + name + ": " + ClassProblems.of(e, loader).getMessage(),
                    e);
        }
    }
}
