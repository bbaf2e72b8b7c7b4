package autogen.codegen.format;

import autogen.codegen.MigrationMeta;
import autogen.codegen.StepComments;
import autogen.codegen.java.JavaMigrationRenderer;
import autogen.diff.MigrationPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The comment lines of an SQL migration file: what reviewers read at its top, and the {@code -- autogen:} lines
 * that the reader parses back into what a Java file's {@code @MigrationInfo} holds.
 */
final class SqlText {
    static final String MARK = "-- autogen:";

    private SqlText() {
    }

    /** The header: message, revision, parents, hazards for reviewers; then the metadata, one key a line. */
    static List<String> header(MigrationMeta meta, MigrationPlan plan, String howToRun) {
        List<String> lines = new ArrayList<>();
        meta.message().lines().forEach(line -> lines.add("-- " + line));
        lines.add("--");
        lines.add("-- Revision " + meta.revision() + ", " + JavaMigrationRenderer.parents(meta.parents())
                + ", created " + meta.created() + ".");
        lines.add(meta.baseline() ? "-- Read by autogen from a database's schema (a baseline); that database is"
                + " stamped at this revision." : "-- Written by autogen from the entities: review it, then " + howToRun
                + ".");
        List<String> summary = StepComments.summary(plan);
        lines.add(summary.isEmpty() ? "-- Hazards: none." : "-- " + (plan.notes().isEmpty() ? "Hazards"
                : "Hazards and notes") + ":");
        summary.forEach(line -> lines.add("--   " + oneLine(line)));
        lines.add("--");
        lines.add(MARK + "revision " + meta.revision());
        if (!meta.parents().isEmpty()) {
            lines.add(MARK + "parents " + String.join(" ", meta.parents()));
        }
        lines.add(MARK + "message " + escape(meta.message()));
        lines.add(MARK + "created " + meta.created());
        meta.fingerprints().ifPresent(f -> {
            lines.add(MARK + "schema-before " + f.before());
            lines.add(MARK + "schema-after " + f.after());
        });
        if (!plan.hazards().isEmpty()) {
            lines.add(MARK + "hazards " + String.join(" ", plan.hazards().stream().map(Enum::name).toList()));
        }
        if (!meta.approved().isEmpty()) {
            lines.add(MARK + "approved " + String.join(" ", meta.approved()));
        }
        if (meta.baseline()) {
            lines.add(MARK + "baseline true");
        }
        meta.ordinals().forEach(o -> lines.add(MARK + "ordinal " + escape(o)));
        return lines;
    }

    /** A value on one comment line: backslashes and line breaks written as escapes. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replace("\r", " ").replace("\n", " ");
    }
}
