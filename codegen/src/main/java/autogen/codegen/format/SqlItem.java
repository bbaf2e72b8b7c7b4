package autogen.codegen.format;

import autogen.migration.Rerun;
import autogen.migration.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement of an SQL migration file with the comments above it: what asks for its step, the step's hazards,
 * lock and notes, then the {@code -- autogen:} lines that keep what the runner needs beyond its text (that it runs
 * outside a transaction, what undoes it, how it is finished after an interruption, that it is a guard).
 */
record SqlItem(List<String> comments, Statement statement) {
    SqlItem {
        comments = List.copyOf(comments);
    }

    /** The statements of each step, the step's comment lines above its first statement. */
    static List<SqlItem> of(List<List<String>> comments, List<List<Statement>> steps) {
        List<SqlItem> items = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            pending.addAll(comments.get(i));
            for (Statement statement : steps.get(i)) {
                items.add(new SqlItem(pending, statement));
                pending = new ArrayList<>();
            }
        }
        return items;
    }

    /** The item as file text: comments, directives, then the statement and its semicolon. */
    String text() {
        StringBuilder text = new StringBuilder();
        comments.forEach(c -> text.append("-- ").append(c).append('\n'));
        directives(statement).forEach(d -> text.append(SqlText.MARK).append(d).append('\n'));
        return text.append(statement.sql()).append(";\n").toString();
    }

    private static List<String> directives(Statement statement) {
        List<String> lines = new ArrayList<>();
        if (!statement.transactional()) {
            lines.add("outside-transaction");
        }
        if (statement.guard()) {
            lines.add("guard");
        }
        statement.undo().ifPresent(undo -> lines.add("undo " + SqlText.escape(undo)));
        if (statement.rerun() instanceof Rerun.AsIs) {
            lines.add("rerun as-is");
        } else if (statement.rerun() instanceof Rerun.UnlessDone unless) {
            lines.add("rerun-unless " + SqlText.escape(unless.done()));
            unless.cleanup().forEach(c -> lines.add("cleanup " + SqlText.escape(c)));
        }
        return lines;
    }
}
