package autogen.model;

import java.net.URL;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Version;

/**
 * Says in one line what is wrong when a class of the user's class path cannot be loaded or linked: one missing
 * (the entities' dependencies belong on the class path), or one built for another Hibernate (an add-on of another
 * version), naming the class and the jar it came from. Such a problem is in the user's jars, never autogen's.
 */
final class ClassProblems {
    /** A dotted or slashed class name in a message, such as {@code org/hibernate/envers/Audited}. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b([a-z][a-z0-9_]*(?:[./][a-z][a-z0-9_]*)+"
            + "[./][A-Z][A-Za-z0-9_$]*)");

    private ClassProblems() {
    }

    static ModelReadException of(Throwable problem, ClassLoader loader) {
        String message = Failures.oneLine(String.valueOf(problem.getMessage()));
        if (problem instanceof NoClassDefFoundError && !message.startsWith("Could not initialize")) {
            String missing = message.replace('/', '.');
            return new ModelReadException("the entities need class " + missing + ", which is not on the class path:"
                    + " add the jar that holds it (and the jars it needs) to class.path", problem);
        }
        Optional<String> named = className(message);
        String from = named.flatMap(c -> location(loader, c)).map(j -> " (" + named.get() + " comes from " + j + ")")
                .orElse("");
        String kind = problem instanceof ServiceConfigurationError ? "a Hibernate add-on on the class path"
                : "a class on the class path";
        return new ModelReadException(kind + " does not fit the Hibernate " + Version.getVersionString()
                + " autogen reads entities with: " + problem.getClass().getSimpleName() + ": " + message + from
                + "; remove that jar from class.path or use its version for Hibernate " + Version.getVersionString(),
                problem);
    }

    private static Optional<String> className(String message) {
        Matcher m = CLASS_NAME.matcher(message);
        return m.find() ? Optional.of(m.group(1).replace('/', '.')) : Optional.empty();
    }

    /** The jar or folder a class is found in, as the loader sees it. */
    private static Optional<String> location(ClassLoader loader, String className) {
        URL url = loader.getResource(className.replace('.', '/') + ".class");
        if (url == null) {
            return Optional.empty();
        }
        String text = url.toString();
        int bang = text.indexOf("!/");
        return Optional.of(text.startsWith("jar:file:") && bang > 0 ? text.substring("jar:file:".length(), bang)
                : text);
    }
}
