package autogen.model;

import autogen.schema.Schema;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;

/**
 * Reads the model with the project's own Hibernate 6. model-reader's classes compiled against Hibernate 6.6 (module
 * model-reader-hibernate6; model-reader holds them under {@value #FOLDER}, where autogen's own loader never defines them)
 * run in a class loader of their own, over the project's class path: its Hibernate, Envers, validator and their
 * dependencies. Its parent shares the JDK and, from autogen, only schema-model's records (the model it hands back)
 * and slf4j (Hibernate then logs through autogen's silent binding, as it does in process).
 */
final class Hibernate6Reader {
    /** The folder, in model-reader's jar or folder, of the Hibernate 6 reader's classes. */
    static final String FOLDER = "autogen-hibernate6/";
    private static final String ENTRY = HibernateModelReader.class.getName();
    private static final String ENTRY_FILE = FOLDER + ENTRY.replace('.', '/') + ".class";

    private Hibernate6Reader() {
    }

    /** The model of {@code source}, read with {@code hibernate}, the project's own Hibernate 6. */
    static Schema read(ModelSource source, ProjectHibernate hibernate) {
        ClassLoader autogen = Hibernate6Reader.class.getClassLoader();
        List<URL> urls = new ArrayList<>(List.of(classes(autogen), location(org.yaml.snakeyaml.Yaml.class)));
        urls.addAll(List.of(BootModel.urls(source.classPath())));
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("hibernate-" + hibernate.version(), urls.toArray(URL[]::new),
                new SharedTypes(autogen))) {
            // Hibernate looks for services and classes through the context class loader too; autogen's holds
            // Hibernate 7, whose services would not fit.
            thread.setContextClassLoader(loader);
            try {
                Method read = Class.forName(ENTRY, true, loader).getDeclaredMethod("readInLoader", List.class,
                        List.class, Map.class);
                read.setAccessible(true);
                return (Schema) read.invoke(null, source.classPath(), source.packages(), source.hibernateSettings());
            } catch (InvocationTargetException e) {
                throw translated(e.getCause(), loader, hibernate);
            } catch (LinkageError | ServiceConfigurationError e) {
                throw ClassProblems.of(e, loader, hibernate.version());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("autogen's Hibernate 6 reader is incomplete: " + e, e);
            } finally {
                thread.setContextClassLoader(context);
            }
        } catch (IOException e) {
            throw new ModelReadException("cannot close the class path of " + hibernate.jar() + ": " + e.getMessage(),
                    e);
        }
    }

    /** The reader's own failures as autogen's; a class that does not load or link, in one line. */
    private static RuntimeException translated(Throwable failure, ClassLoader loader, ProjectHibernate hibernate) {
        if (failure.getClass().getName().equals(ModelReadException.class.getName())) {
            return new ModelReadException(failure.getMessage(), failure);
        }
        Throwable cause = failure instanceof ExceptionInInitializerError && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof LinkageError || cause instanceof ServiceConfigurationError) {
            return ClassProblems.of(cause, loader, hibernate.version());
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    /**
     * The folder, in model-reader's jar or folder, that holds the Hibernate 6 reader's classes.
     *
     * @throws IllegalStateException when autogen was built without them
     */
    private static URL classes(ClassLoader autogen) {
        URL entry = autogen.getResource(ENTRY_FILE);
        if (entry == null) {
            throw new IllegalStateException("autogen's class path lacks its Hibernate 6 reader (" + ENTRY_FILE
                    + ", module model-reader-hibernate6)");
        }
        String text = entry.toString();
        try {
            return new URL(text.substring(0, text.length() - ENTRY_FILE.length() + FOLDER.length()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The JDK, and from autogen's class path only schema-model's records and slf4j. */
    private static final class SharedTypes extends ClassLoader {
        private final ClassLoader autogen;

        SharedTypes(ClassLoader autogen) {
            super("autogen-shared", ClassLoader.getPlatformClassLoader());
            this.autogen = autogen;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith("autogen.schema.") || name.startsWith("org.slf4j.")) {
                return autogen.loadClass(name);
            }
            throw new ClassNotFoundException(name);
        }
    }
}
