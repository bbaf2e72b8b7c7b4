package autogen.model;

/**
 * Hibernate's boot metamodel alone, built by the model reader's own {@link BootModel}, so that the benchmark's
 * model-reading phase splits into Hibernate's share and autogen's. The class sits in the model reader's package
 * (in the benchmark's jar, on the class path) because the boot is not public API.
 */
public final class BootProbe {
    private BootProbe() {
    }

    /**
     * Builds and discards the metamodel of {@code source}; returns how long the boot took, in nanoseconds. The
     * class files are read before the clock starts: reading them is autogen's work, not Hibernate's.
     */
    public static long build(ModelSource source) {
        ClassPathFiles files = ClassPathFiles.read(source.classPath());
        long start = System.nanoTime();
        try (BootModel boot = BootModel.open(source, files)) {
            if (boot.metadata().getEntityBindings().isEmpty()) {
                throw new IllegalStateException("no entity bound");
            }
            return System.nanoTime() - start;
        }
    }
}
