package autogen.model;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What Hibernate adds to the schema for Bean Validation constraints when the application starts: NOT NULL for
 * {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty}, a length for {@code @Size(max)} and {@code @Length},
 * checks for {@code @Min} and {@code @Max}, precision and scale for {@code @Digits}. Hibernate does it only where
 * the project has a Bean Validation provider and {@code jakarta.persistence.validation.mode} and
 * {@code hibernate.validator.apply_to_ddl} let it; so does autogen, with Hibernate's own code (its
 * {@code TypeSafeActivator}, which has no public entry) and autogen's Hibernate Validator.
 */
final class BeanValidationDdl {
    private static final String PROVIDER = "META-INF/services/jakarta.validation.spi.ValidationProvider";

    private BeanValidationDdl() {
    }

    static void apply(Metadata metadata, StandardServiceRegistry registry, URLClassLoader projectLoader,
                      Map<String, String> settings) {
        if (!applies(projectLoader, settings)) {
            return;
        }
        Activation.apply(metadata, registry, settings);
    }

    /**
     * The work with Bean Validation's types, in a class of its own: loaded only where the constraints apply, so that
     * a project without Bean Validation on its class path (read with its own Hibernate) never needs them.
     */
    private static final class Activation {
        static void apply(Metadata metadata, StandardServiceRegistry registry, Map<String, String> settings) {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .providerResolver(() -> List.of(new HibernateValidator())).configure()
                    .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
                ClassLoaderAccess classes = new ClassLoaderAccessImpl(registry.getService(ClassLoaderService.class));
                Method apply = Class.forName("org.hibernate.boot.beanvalidation.TypeSafeActivator", true,
                        Metadata.class.getClassLoader()).getMethod("applyRelationalConstraints",
                        ValidatorFactory.class, Collection.class, Map.class, Dialect.class, ClassLoaderAccess.class);
                apply.setAccessible(true);
                Map<Column, Integer> checksBefore = new IdentityHashMap<>();
                columns(metadata).forEach(c -> checksBefore.put(c, c.getCheckConstraints().size()));
                apply.invoke(null, factory, metadata.getEntityBindings(), new HashMap<String, Object>(settings),
                        metadata.getDatabase().getDialect(), classes);
                sortAdded(checksBefore);
            } catch (InvocationTargetException e) {
                throw new ModelReadException("Hibernate rejected the entities' Bean Validation constraints: "
                        + Failures.rootMessage(e.getCause()), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Hibernate " + org.hibernate.Version.getVersionString()
                        + " has no TypeSafeActivator.applyRelationalConstraints", e);
            }
        }
    }

    /**
     * Hibernate adds a property's checks in the order of a hash set (@Min before @Max on one run, after it on the
     * next): sorted, the same entities give the same migration every time. {@link Column} hands out its checks
     * read-only, so its list is reached by reflection; without it the order is Hibernate's.
     */
    @SuppressWarnings("unchecked")
    private static void sortAdded(Map<Column, Integer> checksBefore) {
        try {
            Field field = Column.class.getDeclaredField("checkConstraints");
            field.setAccessible(true);
            for (Map.Entry<Column, Integer> e : checksBefore.entrySet()) {
                List<CheckConstraint> checks = (List<CheckConstraint>) field.get(e.getKey());
                checks.subList(e.getValue(), checks.size()).sort(Comparator.comparing(CheckConstraint::getConstraint));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another Hibernate keeps them elsewhere: the checks stay as it added them.
        }
    }

    private static List<Column> columns(Metadata metadata) {
        return metadata.collectTableMappings().stream().flatMap(t -> t.getColumns().stream()).toList();
    }

    /**
     * Whether Hibernate would apply the constraints to the schema: the validation mode names {@code ddl}, or is
     * {@code auto} (the default) with a provider on the project's own class path; and apply_to_ddl is not false.
     */
    private static boolean applies(URLClassLoader projectLoader, Map<String, String> settings) {
        if ("false".equalsIgnoreCase(settings.getOrDefault("hibernate.validator.apply_to_ddl", "true").trim())) {
            return false;
        }
        String mode = settings.getOrDefault("jakarta.persistence.validation.mode",
                settings.getOrDefault("javax.persistence.validation.mode", "auto"));
        List<String> modes = Arrays.stream(mode.toLowerCase(Locale.ROOT).split(",")).map(String::trim).toList();
        if (modes.contains("ddl")) {
            return true;
        }
        return modes.contains("auto") && hasProvider(projectLoader);
    }

    /** Only the project's own jars count: autogen's Hibernate Validator is not the application's. */
    private static boolean hasProvider(URLClassLoader projectLoader) {
        try {
            return projectLoader.findResources(PROVIDER).hasMoreElements();
        } catch (IOException e) {
            return false;
        }
    }
}
