package autogen.runner;

import java.util.Optional;
import java.util.function.Function;

/** A class loader that defines classes from their bytes, as {@code bytes} gives them by binary name. */
public final class ClassBytes extends ClassLoader {
    private final Function<String, Optional<byte[]>> bytes;

    public ClassBytes(Function<String, Optional<byte[]>> bytes, ClassLoader parent) {
        super(parent);
        this.bytes = bytes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = bytes.apply(name).orElseThrow(() -> new ClassNotFoundException(name));
        return defineClass(name, b, 0, b.length);
    }
}
