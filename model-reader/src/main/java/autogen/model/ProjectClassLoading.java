package autogen.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;

/**
 * Hibernate's class loading over the project's loader, with Java services (integrators, type contributors, ...)
 * found through that loader alone. Hibernate's own service also asks the JVM's system class loader, which is
 * autogen's: a project read through its own Hibernate 6 would then meet the add-ons of autogen's Hibernate 7 (its
 * Envers integrator, say) and fail on them.
 */
final class ProjectClassLoading extends ClassLoaderServiceImpl {
    private final ClassLoader project;

    ProjectClassLoading(ClassLoader project) {
        super(project);
        this.project = project;
    }

    @Override
    public <S> Collection<S> loadJavaServices(Class<S> contract) {
        // One of each class: a service file listed by two jars of the class path names its class twice.
        Map<String, S> byClass = new LinkedHashMap<>();
        for (S service : ServiceLoader.load(contract, project)) {
            byClass.putIfAbsent(service.getClass().getName(), service);
        }
        return byClass.values();
    }
}
