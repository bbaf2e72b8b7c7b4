package autogen.rehearse;

import autogen.engine.JsonReport;
import autogen.rehearse.RehearsalReport.Lock;
import autogen.rehearse.RehearsalReport.MigrationRun;
import autogen.rehearse.RehearsalReport.Pass;
import autogen.rehearse.RehearsalReport.RowChanges;
import autogen.rehearse.RehearsalReport.Size;
import autogen.rehearse.RehearsalReport.Step;
import autogen.rehearse.RehearsalReport.TableData;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code rehearse --json}: the report's facts in the versioned document the other commands print. */
public final class RehearsalJson {
    private RehearsalJson() {
    }

    public static void print(RehearsalReport r, PrintWriter out) {
        JsonReport.write(out, json -> {
            json.writeStringField("command", "rehearse");
            json.writeStringField("source", r.source());
            json.writeStringField("where", r.where());
            json.writeArrayFieldStart("databaseAt");
            for (String revision : r.fromRevisions()) {
                json.writeString(revision);
            }
            json.writeEndArray();
            json.writeStringField("target", r.target());
            json.writeBooleanField("passed", r.problem().isEmpty());
            if (r.problem().isPresent()) {
                json.writeObjectFieldStart("problem");
                json.writeStringField("kind", r.problem().get().kind().name());
                json.writeStringField("message", r.problem().get().line());
                json.writeEndObject();
            } else {
                json.writeNullField("problem");
            }
            if (r.copied().isPresent()) {
                json.writeObjectFieldStart("copied");
                json.writeNumberField("tables", r.copied().get().tables());
                json.writeNumberField("rows", r.copied().get().rows());
                json.writeNumberField("bytes", r.copied().get().bytes());
                json.writeNumberField("millis", r.copied().get().millis());
                json.writeEndObject();
            } else {
                json.writeNullField("copied");
            }
            json.writeArrayFieldStart("passes");
            for (Pass pass : r.passes()) {
                pass(json, pass);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("data");
            for (TableData t : r.data()) {
                json.writeStartObject();
                json.writeStringField("table", t.table());
                json.writeNumberField("rows", t.rows());
                json.writeNumberField("differing", t.differing());
                JsonReport.optional(json, "declared", t.declared());
                JsonReport.optional(json, "error", t.error());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (r.schemaRestored().isPresent()) {
                json.writeBooleanField("schemaRestored", r.schemaRestored().get());
            } else {
                json.writeNullField("schemaRestored");
            }
            json.writeArrayFieldStart("sizes");
            for (Size s : r.sizes()) {
                json.writeStartObject();
                json.writeStringField("relation", s.relation());
                json.writeBooleanField("index", s.index());
                number(json, "before", s.before());
                number(json, "after", s.after());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("check");
            if (r.check().inSync().isPresent()) {
                json.writeBooleanField("inSync", r.check().inSync().get());
            } else {
                json.writeNullField("inSync");
            }
            json.writeStringField("detail", r.check().detail());
            json.writeEndObject();
            json.writeArrayFieldStart("notes");
            for (String note : r.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
        });
    }

    private static void pass(JsonGenerator json, Pass pass) throws IOException {
        json.writeStartObject();
        json.writeStringField("pass", pass.name());
        json.writeNumberField("millis", pass.millis());
        json.writeArrayFieldStart("migrations");
        for (MigrationRun m : pass.migrations()) {
            json.writeStartObject();
            json.writeStringField("revision", m.revision());
            json.writeStringField("message", m.message());
            json.writeNumberField("millis", m.millis());
            json.writeBooleanField("succeeded", m.succeeded());
            json.writeArrayFieldStart("steps");
            for (Step s : m.steps()) {
                step(json, s);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (RowChanges c : m.rows()) {
                json.writeStartObject();
                json.writeStringField("table", c.table());
                json.writeNumberField("inserted", c.inserted());
                json.writeNumberField("updated", c.updated());
                json.writeNumberField("deleted", c.deleted());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void step(JsonGenerator json, Step s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("statement", s.number());
        json.writeStringField("sql", s.sql());
        json.writeBooleanField("transactional", s.transactional());
        json.writeNumberField("millis", s.millis());
        json.writeArrayFieldStart("locks");
        for (Lock l : s.locks()) {
            json.writeStartObject();
            json.writeStringField("relation", l.relation());
            json.writeStringField("mode", l.mode());
            json.writeNumberField("heldMillis", l.heldMillis());
            json.writeBooleanField("waited", l.waited());
            json.writeEndObject();
        }
        json.writeEndArray();
        number(json, "longestWriteWaitMillis", s.longestWriteWaitMillis());
        JsonReport.optional(json, "failure", s.failure());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, Optional<Long> value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
