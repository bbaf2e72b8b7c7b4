package autogen.codegen.java;

import autogen.diff.MigrationPlan;
import autogen.diff.op.Operation;
import autogen.migration.Ddl;
import autogen.migration.Migration;
import autogen.migration.Operations;
import autogen.migration.SqlOperations;
import autogen.migration.Statement;
import autogen.runner.ClassBytes;
import autogen.runner.JavaCompilation;
import autogen.schema.Column;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The statements each step of a plan runs, up and down, for the SQL formats: each operation is written as the call
 * a Java migration makes ({@link OperationCode}), compiled in memory and run against {@link SqlOperations}, so the
 * SQL of a Flyway, dbmate or Liquibase file is exactly what the Java file would run, from the one definition of each.
 */
public final class StepStatements {
    private static final String CLASS = "PlanSteps";

    /** The statements of each step: {@code up.get(i)} runs {@code plan.up().get(i)}, likewise down. */
    public record Steps(List<List<Statement>> up, List<List<Statement>> down) {
        public Steps {
            up = up.stream().map(List::copyOf).toList();
            down = down.stream().map(List::copyOf).toList();
        }
    }

    private StepStatements() {
    }

    public static Steps of(MigrationPlan plan) {
        OperationCode code = new OperationCode();
        TypeSpec.Builder steps = TypeSpec.classBuilder(CLASS).addModifiers(Modifier.FINAL);
        addSteps(steps, "Up", plan.up(), code);
        addSteps(steps, "Down", plan.down(), code);
        String source = JavaFile.builder("", steps.build())
                .addStaticImport(Ddl.class, "*")
                .addStaticImport(autogen.schema.ReferentialAction.class, "*")
                .addStaticImport(autogen.schema.Identity.class, "*")
                .build().toString();
        Map<String, byte[]> classes = JavaCompilation.compileSourcesInMemory(Map.of(CLASS, source),
                JavaCompilation.classPathOf(Migration.class, Column.class));
        ClassLoader loader = new ClassBytes(name -> Optional.ofNullable(classes.get(name)),
                Migration.class.getClassLoader());
        return new Steps(run(loader, "Up", plan.up().size()), run(loader, "Down", plan.down().size()));
    }

    /** One nested class per operation, whose upgrade is the operation's call. */
    private static void addSteps(TypeSpec.Builder steps, String prefix, List<Operation> ops, OperationCode code) {
        for (int i = 0; i < ops.size(); i++) {
            steps.addType(TypeSpec.classBuilder(prefix + i)
                    .addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addSuperinterface(Migration.class)
                    .addMethod(step("upgrade").addCode(ops.get(i).accept(code)).build())
                    .addMethod(step("downgrade").build())
                    .build());
        }
    }

    private static MethodSpec.Builder step(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op");
    }

    private static List<List<Statement>> run(ClassLoader loader, String prefix, int count) {
        List<List<Statement>> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            statements.add(SqlOperations.statements(instantiate(loader, CLASS + "$" + prefix + i), true));
        }
        return statements;
    }

    private static Migration instantiate(ClassLoader loader, String name) {
        try {
            Constructor<?> constructor = loader.loadClass(name).getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled step " + name + " cannot be made: " + e, e);
        }
    }
}
