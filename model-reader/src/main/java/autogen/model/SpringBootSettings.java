package autogen.model;

import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;

/**
 * The Hibernate settings a Spring Boot application runs with, so that the model is the one it uses: Spring Boot's
 * naming strategies (Hibernate's {@link CamelCaseToUnderscoresNamingStrategy}, and Spring's implicit strategy of
 * Boot 3 or Boot 4, whichever the project holds), then what its {@code application.properties} says under
 * {@code spring.jpa}, then autogen's own configuration, which wins. A project is a Spring Boot one when Spring Boot
 * is on its class path or an {@code application.properties} (or {@code .yml}) beside its classes sets
 * {@code spring.} keys.
 */
final class SpringBootSettings {
    private static final String SPRING_APPLICATION = "org/springframework/boot/SpringApplication.class";
    /** Spring Boot 4 moved the strategy into its spring-boot-hibernate module. */
    private static final String BOOT_4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    private static final String BOOT_3_IMPLICIT =
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    private static final String NAMING = "spring.jpa.hibernate.naming.";
    private static final String PASSED_THROUGH = "spring.jpa.properties.";

    private SpringBootSettings() {
    }

    /** {@code autogen}'s settings over the application's, when the project is a Spring Boot one; else as they are. */
    static Map<String, String> over(URLClassLoader project, Map<String, String> autogen) {
        Map<String, String> application = SpringApplicationFiles.read(project::findResource);
        // Other frameworks (Quarkus, Micronaut) read an application.properties too: only Spring's keys tell.
        boolean spring = project.findResource(SPRING_APPLICATION) != null
                || application.keySet().stream().anyMatch(k -> k.startsWith("spring."));
        if (!spring) {
            return autogen;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName());
        for (String implicit : new String[] {BOOT_4_IMPLICIT, BOOT_3_IMPLICIT}) {
            if (project.findResource(implicit.replace('.', '/') + ".class") != null) {
                settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, implicit);
                break;
            }
        }
        application.forEach((key, raw) -> {
            String value = raw.trim();
            if (key.equals(NAMING + "physical-strategy")) {
                settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, value);
            } else if (key.equals(NAMING + "implicit-strategy")) {
                settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, value);
            } else if (key.startsWith(PASSED_THROUGH)) {
                settings.put(key.substring(PASSED_THROUGH.length()), value);
            }
        });
        settings.putAll(autogen);
        return settings;
    }
}
