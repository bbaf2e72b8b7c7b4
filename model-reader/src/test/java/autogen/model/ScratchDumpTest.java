package autogen.model;

import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        try (BootModel boot = BootModel.open(Fixtures.testPackage("autogen.model.naming"))) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/naming-ddl.sql"), HibernateDdl.createScript(boot));
        }
        try (BootModel boot = BootModel.open(Fixtures.matrix(java.util.Map.of("hibernate.default_schema", "app")))) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/matrix-app-ddl.sql"), HibernateDdl.createScript(boot));
        }
        try (BootModel boot = BootModel.open(Fixtures.sample())) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/sample-ddl.sql"), HibernateDdl.createScript(boot));
        }
    }
}
