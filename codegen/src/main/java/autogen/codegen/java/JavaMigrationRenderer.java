package autogen.codegen.java;

import autogen.codegen.MigrationMeta;
import autogen.codegen.StepComments;
import autogen.diff.MigrationPlan;
import autogen.diff.op.Operation;
import autogen.migration.Ddl;
import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.migration.Operations;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Renders a plan as a Java migration file whose upgrade and downgrade call the {@link Operations} API. */
public final class JavaMigrationRenderer {
    private final OperationCode code = new OperationCode();

    /** The class name of a migration: a Java identifier derived from its revision. */
    public static String className(String revision) {
        return "Migration_" + revision.replaceAll("[^A-Za-z0-9_]", "_");
    }

    public String render(MigrationMeta meta, MigrationPlan plan) {
        AnnotationSpec.Builder info = AnnotationSpec.builder(MigrationInfo.class)
                .addMember("revision", "$S", meta.revision())
                .addMember("parents", "{$L}", CodeBlock.join(meta.parents().stream()
                        .map(p -> CodeBlock.of("$S", p)).toList(), ", "))
                .addMember("message", "$S", meta.message())
                .addMember("created", "$S", meta.created().toString());
        meta.fingerprints().ifPresent(f -> info.addMember("schemaBefore", "$S", f.before())
                .addMember("schemaAfter", "$S", f.after()));
        if (meta.baseline()) {
            info.addMember("baseline", "true");
        }
        if (!meta.ordinals().isEmpty()) {
            info.addMember("ordinals", "{$L}", CodeBlock.join(meta.ordinals().stream()
                    .map(o -> CodeBlock.of("$S", o)).toList(), ",\n"));
        }
        if (!plan.hazards().isEmpty()) {
            info.addMember("hazards", "{$L}", CodeBlock.join(plan.hazards().stream()
                    .map(h -> CodeBlock.of("$S", h.name())).toList(), ", "));
        }
        if (!meta.approved().isEmpty()) {
            info.addMember("approved", "{$L}", CodeBlock.join(meta.approved().stream()
                    .map(h -> CodeBlock.of("$S", h)).toList(), ", "));
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(className(meta.revision()))
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addJavadoc(header(meta, plan))
                .addAnnotation(info.build());
        addStep(type, "upgrade", statements(plan.up(), StepComments.upgrade(plan)));
        addStep(type, "downgrade", statements(plan.down(), StepComments.downgrade(plan)));
        return JavaFile.builder("", type.build())
                .addStaticImport(Ddl.class, "*")
                .addStaticImport(autogen.schema.ReferentialAction.class, "*")
                .addStaticImport(autogen.schema.Identity.class, "*")
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .toString();
    }

    /**
     * Adds the {@code upgrade} or {@code downgrade} method. A step too long for one method is split into nested
     * classes of consecutive operations, which the method calls in order: each has its own method body and
     * constant pool, so no step is too large for javac.
     */
    private void addStep(TypeSpec.Builder type, String name, List<CodeBlock> statements) {
        List<List<CodeBlock>> parts = StepParts.split(statements);
        if (parts.size() <= 1) {
            type.addMethod(stepMethod(name, CodeBlock.join(parts.isEmpty() ? List.of() : parts.get(0), "")));
            return;
        }
        CodeBlock.Builder calls = CodeBlock.builder();
        int first = 1;
        for (int i = 0; i < parts.size(); i++) {
            List<CodeBlock> part = parts.get(i);
            String partName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Part" + (i + 1);
            calls.addStatement("$L.apply(op)", partName);
            type.addType(TypeSpec.classBuilder(partName)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Operations $L to $L of the $L.", first, first + part.size() - 1, name)
                    .addMethod(MethodSpec.methodBuilder("apply")
                            .addModifiers(Modifier.STATIC)
                            .addParameter(Operations.class, "op")
                            .addCode(CodeBlock.join(part, ""))
                            .build())
                    .build());
            first += part.size();
        }
        type.addMethod(stepMethod(name, calls.build()));
    }

    /**
     * Each operation's call, preceded by its comments: what in the entities asks for it, a line per hazard it
     * carries, the lock it takes, and its notes.
     */
    private List<CodeBlock> statements(List<Operation> ops, List<List<String>> comments) {
        List<CodeBlock> statements = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            CodeBlock.Builder statement = CodeBlock.builder();
            comments.get(i).forEach(line -> statement.add("// $L\n", line.replace("$", "$$")));
            statements.add(statement.add(ops.get(i).accept(code)).build());
        }
        return statements;
    }

    private static MethodSpec stepMethod(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op")
                .addCode(body)
                .build();
    }

    private static final String FROM_ENTITIES =
            "Written by autogen from the entities: review it, then run {@code autogen upgrade head}.\n\n";
    /** A baseline already holds on the database it was read from; only new databases run it. */
    private static final String BASELINE = "Read by autogen from a database's schema (a baseline); that database is"
            + " stamped at this revision, so it never runs there.\nNew databases get the same schema from"
            + " {@code autogen upgrade head}.\n\n";

    private static String header(MigrationMeta meta, MigrationPlan plan) {
        String hazards = StepComments.summary(plan).stream().map(line -> "<li>" + escape(line) + "</li>\n")
                .collect(Collectors.joining()).stripTrailing();
        return escape(meta.message()) + "\n\n"
                + "<p>Revision " + meta.revision() + ", " + parents(meta.parents()) + ", created " + meta.created()
                + ".\n"
                + (meta.baseline() ? BASELINE : FROM_ENTITIES)
                + (hazards.isEmpty() ? "<p>Hazards: none.\n"
                        : "<p>" + (plan.notes().isEmpty() ? "Hazards" : "Hazards and notes") + ":\n<ul>\n" + hazards
                        + "\n</ul>\n");
    }

    /** How a header names the revisions a migration follows. */
    public static String parents(List<String> parents) {
        return switch (parents.size()) {
            case 0 -> "parent none (first migration)";
            case 1 -> "parent " + parents.get(0);
            default -> "parents " + String.join(" and ", parents) + " (merges them)";
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("$", "$$");
    }
}
