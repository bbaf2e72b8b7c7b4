package autogen.engine;

import autogen.codegen.OperationDescriber;
import autogen.diff.MigrationPlan;
import autogen.diff.SubjectOf;
import autogen.diff.op.Hazard;
import autogen.diff.op.Operation;
import autogen.migration.Statement;
import autogen.schema.Schema;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What {@code check --json}, {@code revision --json}, {@code status --json}, {@code history --json} and
 * {@code sql --json} print for a CI job or a bot: a versioned document with the facts the text report gives people. Its shape is {@code docs/report.schema.json}; a field is added, never
 * renamed or removed, without a new {@link #VERSION}.
 */
public final class JsonReport {
    /** The document's version, in its {@code version} field. */
    public static final int VERSION = 1;

    private JsonReport() {
    }

    /** The document of a check: in sync or not, the differences, the drift, the rules only the database has. */
    public static void check(CheckService.Check check, PrintWriter out) {
        DiffService.Result result = check.result();
        Schema entities = result.compared().target();
        write(out, json -> {
            json.writeStringField("command", "check");
            json.writeStringField("comparedWith", result.comparedWith());
            json.writeBooleanField("inSync", check.inSync());
            steps(json, "differences", check.differences(), true);
            if (check.drift().isPresent()) {
                json.writeObjectFieldStart("drift");
                steps(json, "notInEntities", check.drift().get().notInEntities(), false);
                steps(json, "inEntities", check.drift().get().inEntities(), false);
                json.writeEndObject();
            }
            json.writeArrayFieldStart("onlyInDatabase");
            AnnotationAdvice advice = new AnnotationAdvice(entities);
            for (Operation op : check.differences().unstated()) {
                for (String line : advice.of(op)) {
                    json.writeString(line);
                }
            }
            json.writeEndArray();
        });
    }

    /** The document of a revision: the file written, if any, and its steps. */
    public static void revision(RevisionService.Revision revision, PrintWriter out) {
        write(out, json -> {
            json.writeStringField("command", "revision");
            json.writeStringField("comparedWith", revision.comparedWith());
            optional(json, "file", revision.file().map(Object::toString));
            steps(json, "operations", revision.plan(), true);
            json.writeArrayFieldStart("approved");
            for (Hazard hazard : revision.approved()) {
                json.writeString(hazard.name());
            }
            json.writeEndArray();
        });
    }

    /** The document of a status: the database, each migration applied or pending, and a step left unfinished. */
    public static void status(MigrationService.Status status, PrintWriter out) {
        write(out, json -> {
            json.writeStringField("command", "status");
            json.writeStringField("database", status.database());
            json.writeNumberField("pending", status.entries().stream().filter(e -> e.applied().isEmpty()).count());
            json.writeArrayFieldStart("migrations");
            for (MigrationService.Entry entry : status.entries()) {
                json.writeStartObject();
                json.writeStringField("revision", entry.source().revision());
                json.writeStringField("message", entry.source().message());
                json.writeBooleanField("head", entry.head());
                json.writeBooleanField("applied", entry.applied().isPresent());
                optional(json, "appliedAt", entry.applied().map(a -> a.startedAt().toString()));
                json.writeArrayFieldStart("hazards");
                for (String hazard : entry.source().hazards()) {
                    json.writeString(hazard);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            optional(json, "unfinished", status.unfinished().map(u -> u.revision()));
        });
    }

    /** The document of a history: the migrations newest first, each with its parents, heads and merges marked. */
    public static void history(autogen.runner.RevisionGraph graph, PrintWriter out) {
        write(out, json -> {
            json.writeStringField("command", "history");
            json.writeArrayFieldStart("migrations");
            for (autogen.runner.RevisionGraph.Entry e : graph.history()) {
                json.writeStartObject();
                json.writeStringField("revision", e.source().revision());
                json.writeStringField("message", e.source().message());
                json.writeArrayFieldStart("parents");
                for (String parent : e.source().parents()) {
                    json.writeString(parent);
                }
                json.writeEndArray();
                json.writeBooleanField("head", e.head());
                json.writeBooleanField("mergepoint", e.mergepoint());
                json.writeBooleanField("branchpoint", e.branchpoint());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** {@code field} with {@code value}, or null when there is none: every field of a document is always there. */
    public static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    /** The fields of a document after its version. */
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** A document: its version, then what {@code body} writes. */
    public static void write(PrintWriter out, Body body) {
        try {
            JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            body.write(json);
            json.writeEndObject();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each step: what it does, its group, the objects it is about, the field asking for it, hazards, lock, notes. */
    private static void steps(JsonGenerator json, String name, MigrationPlan plan, boolean withRisks)
            throws IOException {
        List<MigrationPlan.Risk> risks = withRisks ? MigrationPlan.risksByStep(plan.up()) : List.of();
        json.writeArrayFieldStart(name);
        for (int i = 0; i < plan.up().size(); i++) {
            Operation op = plan.up().get(i);
            json.writeStartObject();
            json.writeNumberField("step", i + 1);
            json.writeStringField("operation", op.getClass().getSimpleName());
            json.writeStringField("kind", CheckReport.kindOf(op));
            json.writeStringField("description", OperationDescriber.describe(op));
            json.writeArrayFieldStart("objects");
            for (String subject : SubjectOf.of(op).stream().sorted().toList()) {
                json.writeString(subject);
            }
            json.writeEndArray();
            optional(json, "declaredBy", plan.declaredBy(i));
            Optional<MigrationPlan.Risk> risk = withRisks ? Optional.of(risks.get(i)) : Optional.empty();
            json.writeArrayFieldStart("hazards");
            for (Hazard hazard : risk.map(r -> r.hazards().stream().sorted().toList()).orElse(List.of())) {
                json.writeString(hazard.name());
            }
            json.writeEndArray();
            optional(json, "lock", risk.flatMap(MigrationPlan.Risk::lock));
            json.writeArrayFieldStart("notes");
            for (String note : plan.notesOf(i)) {
                json.writeString(note);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * The document of an SQL script: the range, and each migration it runs, in order, with its statements as
     * {@code autogen show} lists them, numbered from 1, each saying whether it runs in the migration's transaction
     * or on its own, outside one (a lock-safe step).
     */
    public static void sql(MigrationService.Script script, PrintWriter out) {
        write(out, json -> {
            json.writeStringField("command", "sql");
            json.writeStringField("from", script.from());
            json.writeStringField("to", script.to());
            json.writeArrayFieldStart("migrations");
            for (autogen.runner.MigrationSource m : script.migrations()) {
                json.writeStartObject();
                json.writeStringField("revision", m.revision());
                json.writeStringField("message", m.message());
                json.writeStringField("direction", script.down() ? "downgrade" : "upgrade");
                json.writeArrayFieldStart("statements");
                List<Statement> statements = script.down() ? m.downgrade() : m.upgrade();
                for (int i = 0; i < statements.size(); i++) {
                    json.writeStartObject();
                    json.writeNumberField("number", i + 1);
                    json.writeStringField("sql", statements.get(i).sql());
                    json.writeBooleanField("transactional", statements.get(i).transactional());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
