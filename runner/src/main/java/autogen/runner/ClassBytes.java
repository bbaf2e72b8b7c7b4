package autogen.runner;

import java.util.Map;

/** Classes compiled in memory, by binary name, and the class loader that defines them from their bytes. */
final class ClassBytes extends ClassLoader {
    private final Map<String, byte[]> classes;

    ClassBytes(Map<String, byte[]> classes, ClassLoader parent) {
        super(parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
