package autogen.model;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/** Hibernate's own CREATE script for a boot model, written to a string without touching a database. */
final class HibernateDdl {
    private HibernateDdl() {
    }

    static String createScript(BootModel boot) {
        StringWriter script = new StringWriter();
        // The registry's settings carry the user's, such as hibernate.default_schema, which qualifies the names.
        Map<String, Object> settings = new HashMap<>(boot.registry().requireService(ConfigurationService.class)
                .getSettings());
        settings.putAll(Map.of(
                "jakarta.persistence.schema-generation.database.action", "none",
                "jakarta.persistence.schema-generation.scripts.action", "create",
                "jakarta.persistence.schema-generation.scripts.create-target", script,
                "hibernate.hbm2ddl.delimiter", ";",
                "hibernate.format_sql", "false"));
        SchemaManagementToolCoordinator.process(boot.metadata(), boot.registry(), settings, action -> { });
        return script.toString();
    }
}
