package autogen.model;

import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataBuilderContributor;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.TypeContributorList;

/**
 * What an application hands Hibernate in code rather than through {@code META-INF/services}, named in the settings
 * as Hibernate's JPA bootstrap reads them: {@code hibernate.integrator_provider} (an {@link IntegratorProvider}),
 * {@code hibernate.type_contributors} (a {@link TypeContributorList}) and
 * {@code hibernate.metadata_builder_contributor} (a {@link MetadataBuilderContributor}), each a class of the project made with its no-argument constructor. The
 * bootstrap autogen uses, Hibernate's native one, reads none of them by itself.
 */
final class ContributedServices {
    static final String INTEGRATOR_PROVIDER = "hibernate.integrator_provider";
    static final String TYPE_CONTRIBUTORS = "hibernate.type_contributors";
    static final String METADATA_BUILDER_CONTRIBUTOR = "hibernate.metadata_builder_contributor";

    private ContributedServices() {
    }

    /** The integrators the settings name, on the bootstrap registry. */
    static void applyIntegrators(BootstrapServiceRegistryBuilder bootstrap, Map<String, String> settings,
                                 ClassLoader loader) {
        instance(INTEGRATOR_PROVIDER, IntegratorProvider.class, settings, loader)
                .ifPresent(provider -> provider.getIntegrators().forEach(bootstrap::applyIntegrator));
    }

    /** The types and metadata contributions the settings name, on the metadata builder. */
    static void applyToMetadata(MetadataBuilder builder, Map<String, String> settings, ClassLoader loader) {
        instance(TYPE_CONTRIBUTORS, TypeContributorList.class, settings, loader)
                .ifPresent(list -> list.getTypeContributors().forEach(builder::applyTypes));
        instance(METADATA_BUILDER_CONTRIBUTOR, MetadataBuilderContributor.class, settings, loader)
                .ifPresent(contributor -> contributor.contribute(builder));
    }

    private static <T> Optional<T> instance(String key, Class<T> type, Map<String, String> settings,
                                            ClassLoader loader) {
        String name = settings.get(key);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Class<?> found;
        try {
            found = Class.forName(name.trim(), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ModelReadException(key + ": class " + name.trim() + " is not on the class path", e);
        }
        if (!type.isAssignableFrom(found)) {
            throw new ModelReadException(key + ": " + found.getName() + " is not a " + type.getName());
        }
        try {
            return Optional.of(type.cast(found.getDeclaredConstructor().newInstance()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ModelReadException(key + ": " + found.getName() + " cannot be made with its no-argument"
                    + " constructor: " + Failures.rootMessage(e), e);
        }
    }
}
