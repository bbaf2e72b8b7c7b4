package autogen.model;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Version;

/**
 * Says in one line what is wrong when a class of the user's class path cannot be loaded or linked: one missing
 * (the entities' dependencies belong on the class path, and with the project's own Hibernate, Hibernate's), or one
 * built for another Hibernate (an add-on of another version), naming the class and the jar it came from. Such a
 * problem is in the user's jars, never autogen's.
 */
final class ClassProblems {
    /** A dotted or slashed class name in a message, such as {@code org/hibernate/envers/Audited}. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b([a-z][a-z0-9_]*(?:[./][a-z][a-z0-9_]*)+"
            + "[./][A-Z][A-Za-z0-9_$]*)");
    /** The packages of what Hibernate needs (hibernate-core's own dependencies), by the artifact that holds each. */
    private static final Map<String, String> HIBERNATE_DEPENDENCIES = Map.ofEntries(
            Map.entry("org.jboss.logging.", "org.jboss.logging:jboss-logging"),
            Map.entry("jakarta.persistence.", "jakarta.persistence:jakarta.persistence-api"),
            Map.entry("jakarta.transaction.", "jakarta.transaction:jakarta.transaction-api"),
            Map.entry("org.hibernate.annotations.common.", "org.hibernate.common:hibernate-commons-annotations"),
            Map.entry("org.hibernate.models.", "org.hibernate.models:hibernate-models"),
            Map.entry("org.jboss.jandex.", "io.smallrye:jandex"),
            Map.entry("com.fasterxml.classmate.", "com.fasterxml:classmate"),
            Map.entry("net.bytebuddy.", "net.bytebuddy:byte-buddy"),
            Map.entry("jakarta.xml.bind.", "jakarta.xml.bind:jakarta.xml.bind-api"),
            Map.entry("org.glassfish.jaxb.", "org.glassfish.jaxb:jaxb-runtime"),
            Map.entry("jakarta.inject.", "jakarta.inject:jakarta.inject-api"),
            Map.entry("org.antlr.v4.", "org.antlr:antlr4-runtime"),
            // Bean Validation, where the validation mode names ddl without a provider on the class path.
            Map.entry("jakarta.validation.", "jakarta.validation:jakarta.validation-api"),
            Map.entry("org.hibernate.validator.", "org.hibernate.validator:hibernate-validator"));

    private ClassProblems() {
    }

    static ModelReadException of(Throwable problem, ClassLoader loader) {
        return of(problem, loader, Version.getVersionString());
    }

    /** As {@link #of(Throwable, ClassLoader)}, for entities read with Hibernate {@code hibernate}. */
    static ModelReadException of(Throwable problem, ClassLoader loader, String hibernate) {
        String message = Failures.oneLine(String.valueOf(problem.getMessage()));
        if (problem instanceof NoClassDefFoundError && !message.startsWith("Could not initialize")) {
            String missing = message.replace('/', '.');
            Optional<String> artifact = HIBERNATE_DEPENDENCIES.entrySet().stream()
                    .filter(e -> missing.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
            if (artifact.isPresent()) {
                return new ModelReadException("Hibernate " + hibernate + " needs class " + missing + " of "
                        + artifact.get() + ", which is not on the class path: add that jar to class.path (with"
                        + " Maven, the output of mvn dependency:build-classpath holds every jar the project needs)",
                        problem);
            }
            return new ModelReadException("the entities need class " + missing + ", which is not on the class path:"
                    + " add the jar that holds it (and the jars it needs) to class.path", problem);
        }
        Optional<String> named = className(message);
        String from = named.flatMap(c -> location(loader, c)).map(j -> " (" + named.get() + " comes from " + j + ")")
                .orElse("");
        String kind = problem instanceof ServiceConfigurationError ? "a Hibernate add-on on the class path"
                : "a class on the class path";
        return new ModelReadException(kind + " does not fit the Hibernate " + hibernate
                + " autogen reads entities with: " + problem.getClass().getSimpleName() + ": " + message + from
                + "; remove that jar from class.path or use its version for Hibernate " + hibernate, problem);
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
