package autogen.bench;

import autogen.codegen.MigrationMeta;
import autogen.codegen.java.JavaMigrationRenderer;
import autogen.codegen.sql.PostgresSqlRenderer;
import autogen.diff.MigrationPlan;
import autogen.diff.op.Operation;
import autogen.model.BootProbe;
import autogen.schema.Schema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Child-process entry point that times each phase of {@code check} in-process, run 0 cold and then the warm
 * runs, printing {@code RESULT <phase> <run> <ms>} lines. Runs with the launcher's JVM flags and class path.
 *
 * <p>Arguments: entity classes directory, entity package, JDBC URL of the in-sync database, warm runs.
 */
public final class PhaseProbe {
    private static final int DIFF_REPEATS = 5;
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement",
            "prepareCall");

    private PhaseProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        CheckPipeline pipeline = new CheckPipeline(Path.of(args[0]), args[1]);
        int runs = 1 + Integer.parseInt(args[3]);
        try (Connection raw = DriverManager.getConnection(args[2])) {
            for (int run = 0; run < runs; run++) {
                once(pipeline, raw, run);
            }
        }
    }

    private static void once(CheckPipeline pipeline, Connection raw, int run) throws Exception {
        long t = System.nanoTime();
        Schema entities = pipeline.readModel();
        t = report("model.read", run, t);
        print("model.metamodel", run, BootProbe.build(pipeline.source()));
        t = System.nanoTime();
        Schema target = pipeline.target(raw, entities);
        t = report("normalize.target", run, t);
        AtomicInteger statements = new AtomicInteger();
        Schema catalog = pipeline.introspect(counting(raw, statements), target);
        t = report("introspect", run, t);
        Schema current = pipeline.current(raw, catalog, target);
        t = report("normalize.current", run, t);
        MigrationPlan check = diff("diff.check", run, current, target);
        MigrationPlan create = diff("diff.create", run, Schema.empty(), target);
        t = System.nanoTime();
        String java = new JavaMigrationRenderer().render(new MigrationMeta("20260101000000", List.of(),
                "bench", Instant.parse("2026-01-01T00:00:00Z"), Optional.empty()), create);
        t = report("render.java", run, t);
        PostgresSqlRenderer renderer = new PostgresSqlRenderer();
        long sqlChars = 0;
        for (Operation op : create.up()) {
            for (String sql : op.accept(renderer)) {
                sqlChars += sql.length();
            }
        }
        report("render.sql", run, t);
        if (run == 0) {
            System.out.println("INFO statements " + statements.get());
            System.out.println("INFO tables " + target.tables().size());
            System.out.println("INFO operations " + create.up().size());
            System.out.println("INFO java_chars " + java.length());
            System.out.println("INFO sql_chars " + sqlChars);
            System.out.println("INFO check_operations " + check.up().size());
        }
    }

    /**
     * A diff, timed once in the cold run and {@link #DIFF_REPEATS} times in each warm one: it takes a few
     * milliseconds at 1,000 entities, where a median of three runs moves by a quarter, and the growth from 1,000
     * to 5,000 entities is taken from it.
     */
    private static MigrationPlan diff(String phase, int run, Schema current, Schema target) {
        MigrationPlan plan = null;
        for (int i = 0; i < (run == 0 ? 1 : DIFF_REPEATS); i++) {
            long start = System.nanoTime();
            plan = CheckPipeline.diff(current, target);
            print(phase, run, System.nanoTime() - start);
        }
        return plan;
    }

    private static long report(String phase, int run, long start) {
        print(phase, run, System.nanoTime() - start);
        return System.nanoTime();
    }

    private static void print(String phase, int run, long nanos) {
        System.out.printf("RESULT %s %d %.3f%n", phase, run, nanos / 1e6);
    }

    /** The connection, counting the statements created through it (as the introspector's tests do). */
    static Connection counting(Connection target, AtomicInteger count) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENT_FACTORIES.contains(method.getName())) {
                        count.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
