package autogen.cli.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.cli.EntitySources;
import autogen.cli.matrix.MatrixSources;
import autogen.codegen.OperationDescriber;
import autogen.diff.MigrationPlan;
import autogen.diff.SchemaDiffer;
import autogen.introspect.IntrospectionScope;
import autogen.introspect.PostgresIntrospector;
import autogen.introspect.TargetNormalizer;
import autogen.introspect.embedded.EmbeddedServer;
import autogen.introspect.embedded.ScratchFolder;
import autogen.model.HibernateModelReader;
import autogen.model.ModelSource;
import autogen.runner.JavaCompilation;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model is the one the project's own Hibernate builds: the sample app, the mapping matrix and an Envers-audited
 * entity, read by autogen through Hibernate 6.6 and through Hibernate 7 (each the project's own, on its class path;
 * autogen reads a 7 with its own, of the same version here), each equal the schema that same version's own export
 * ({@code create}, in a child JVM with that version's jars) builds in PostgreSQL, as autogen's introspector reads it
 * back.
 */
class HibernateVersionsTest {
    private static final Path SAMPLE = Path.of("..", "sample-app").toAbsolutePath().normalize();

    /** A Hibernate a project runs: its version's prefix and the jars it adds to the project's class path. */
    record Hibernate(String version, List<Path> jars) {
        @Override
        public String toString() {
            return "Hibernate " + version;
        }
    }

    /** Entities of one package in a folder of classes, with the Hibernate settings the project runs them with. */
    record Project(String name, Path classes, String pkg, Map<String, String> settings) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Hibernate 6.6, and every jar it needs, as cli's pom copies them into target/hibernate-6. */
    static Hibernate hibernate6() {
        return hibernate("6.6", "hibernate-6");
    }

    /** Hibernate 7 (autogen's own version), as cli's pom copies it into target/hibernate-7. */
    static Hibernate hibernate7() {
        return hibernate(org.hibernate.Version.getVersionString(), "hibernate-7");
    }

    private static Hibernate hibernate(String version, String folder) {
        Path jars = Path.of("target", folder).toAbsolutePath();
        try (Stream<Path> files = Files.list(jars)) {
            List<Path> all = files.filter(j -> j.toString().endsWith(".jar")).sorted().toList();
            assertTrue(all.stream().anyMatch(j -> j.getFileName().toString().startsWith("hibernate-core-" + version)),
                    "the test needs Hibernate " + version + " in " + jars + " (cli's pom copies it)");
            return new Hibernate(version, all);
        } catch (IOException e) {
            throw new IllegalStateException("the test needs " + jars + " (cli's pom copies it)", e);
        }
    }

    static Stream<Arguments> cases() {
        List<Project> projects = List.of(sample(), matrix(), audited());
        return Stream.of(hibernate6(), hibernate7())
                .flatMap(h -> projects.stream().map(p -> Arguments.of(h, p)));
    }

    @ParameterizedTest(name = "{1} through {0}")
    @MethodSource("cases")
    void theModelIsTheSchemaThatHibernatesOwnExportBuilds(Hibernate hibernate, Project project) throws Exception {
        String url = EmbeddedServer.shared().createDatabase("versions_" + ProcessHandle.current().pid() + "_"
                + project.name() + "_" + hibernate.version().replace(".", ""));
        String ran = create(hibernate, project, url);
        assertTrue(ran.startsWith(hibernate.version()), "the export ran Hibernate " + ran);

        List<Path> classPath = new ArrayList<>(List.of(project.classes()));
        classPath.addAll(hibernate.jars());
        Schema model = new HibernateModelReader().read(new ModelSource(classPath, List.of(project.pkg()),
                project.settings()));
        try (Connection c = DriverManager.getConnection(url)) {
            TargetNormalizer normalizer = new TargetNormalizer();
            Schema target = normalizer.normalize(c, model);
            IntrospectionScope scope = IntrospectionScope.of(model.namespaces().toArray(String[]::new));
            Schema built = normalizer.normalize(c, new PostgresIntrospector().read(c, scope));
            MigrationPlan plan = new SchemaDiffer().diff(built, target);
            assertEquals(List.of(), describe(plan.up()), "what the model has that Hibernate's export has not");
            assertEquals(List.of(), describe(plan.unstated()), "what Hibernate's export has that the model has not");
            assertEquals(tableNames(built), tableNames(model));
        }
        if (project.name().equals("audited")) {
            assertEquals(List.of("public.accounts", "public.accounts_aud", "public.revinfo"), tableNames(model));
        }
    }

    /** Runs Hibernate's own export of {@code project} into {@code url} with {@code hibernate}; its version. */
    private static String create(Hibernate hibernate, Project project, String url) throws Exception {
        List<String> classPath = new ArrayList<>();
        hibernate.jars().forEach(j -> classPath.add(j.toString()));
        classPath.add(JavaCompilation.location(org.postgresql.Driver.class));
        classPath.add(JavaCompilation.location(HibernateCreate.class));
        classPath.add(project.classes().toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", String.join(java.io.File.pathSeparator, classPath),
                HibernateCreate.class.getName(), url, project.classes().toString()));
        project.settings().forEach((k, v) -> command.add(k + "=" + v));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Hibernate's export ends");
        assertEquals(0, process.exitValue(), "Hibernate's export: " + output);
        return output.lines().filter(l -> l.startsWith("HIBERNATE ")).findFirst()
                .map(l -> l.substring("HIBERNATE ".length())).orElseThrow(() -> new AssertionError(output));
    }

    static Project sample() {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(SAMPLE.resolve("autogen.properties"))) {
            config.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> settings = new TreeMap<>();
        config.stringPropertyNames().stream().filter(k -> k.startsWith("hibernate."))
                .forEach(k -> settings.put(k, config.getProperty(k)));
        return new Project("sample", SAMPLE.resolve("target/classes"), config.getProperty("entity.packages"),
                settings);
    }

    static Project matrix() {
        return new Project("matrix", MatrixSources.compile(List.of()), MatrixSources.PACKAGE, Map.of());
    }

    static Project audited() {
        Path classes = EntitySources.compile(ScratchFolder.create("autogen-audited-", f -> { }).path(),
                EntitySources.AUDITED);
        return new Project("audited", classes, "autogen.audited", Map.of());
    }

    private static List<String> tableNames(Schema schema) {
        return schema.tables().stream().map(Table::name).map(Object::toString).sorted().toList();
    }

    private static List<String> describe(List<autogen.diff.op.Operation> ops) {
        return ops.stream().map(OperationDescriber::describe).toList();
    }
}
