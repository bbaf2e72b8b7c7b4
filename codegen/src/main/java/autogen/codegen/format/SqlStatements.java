package autogen.codegen.format;

import autogen.migration.Rerun;
import autogen.migration.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a section of an SQL migration file back into statements: split at each {@code ;} outside quotes, dollar
 * quotes and comments, as psql and the tools split it, each statement with what its {@code -- autogen:} lines say.
 * A statement written by hand, without them, runs in the migration's transaction.
 */
final class SqlStatements {
    private final String text;
    private int at;

    private SqlStatements(String text) {
        this.text = text;
    }

    static List<Statement> read(String section) {
        List<Statement> statements = new ArrayList<>();
        SqlStatements reader = new SqlStatements(section);
        int start = 0;
        while (reader.at < section.length()) {
            if (reader.skipQuotedOrComment()) {
                continue;
            }
            if (section.charAt(reader.at++) == ';') {
                statement(section.substring(start, reader.at - 1)).ifPresent(statements::add);
                start = reader.at;
            }
        }
        statement(section.substring(start)).ifPresent(statements::add);
        return statements;
    }

    /** Passes over a string, quoted name, dollar quote or comment starting here; whether there was one. */
    private boolean skipQuotedOrComment() {
        char ch = text.charAt(at);
        if (text.startsWith("--", at)) {
            int end = text.indexOf('\n', at);
            at = end < 0 ? text.length() : end + 1;
        } else if (text.startsWith("/*", at)) {
            int depth = 0;
            do {
                depth += text.startsWith("/*", at) ? 1 : text.startsWith("*/", at) ? -1 : 0;
                at += text.startsWith("/*", at) || text.startsWith("*/", at) ? 2 : 1;
            } while (depth > 0 && at < text.length());
        } else if (ch == '\'' || ch == '"') {
            int end = text.indexOf(ch, at + 1);
            while (end >= 0 && end + 1 < text.length() && text.charAt(end + 1) == ch) {
                end = text.indexOf(ch, end + 2); // a doubled quote stands for one
            }
            at = end < 0 ? text.length() : end + 1;
        } else if (ch == '$' && dollarTag().isPresent()) {
            String tag = dollarTag().get();
            int end = text.indexOf(tag, at + tag.length());
            at = end < 0 ? text.length() : end + tag.length();
        } else {
            return false;
        }
        return true;
    }

    /** The {@code $tag$} that opens a dollar quote here, if one does. */
    private Optional<String> dollarTag() {
        int end = at + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        boolean tag = end < text.length() && text.charAt(end) == '$'
                && (end == at + 1 || !Character.isDigit(text.charAt(at + 1)));
        return tag ? Optional.of(text.substring(at, end + 1)) : Optional.empty();
    }

    /** A statement from its text: the comment lines above it read for directives; none when it is only comments. */
    private static Optional<Statement> statement(String chunk) {
        List<String> lines = chunk.lines().toList();
        int first = 0;
        boolean transactional = true;
        boolean guard = false;
        Optional<String> undo = Optional.empty();
        Rerun rerun = Rerun.UNKNOWN;
        List<String> cleanup = new ArrayList<>();
        Optional<String> unless = Optional.empty();
        while (first < lines.size() && (lines.get(first).isBlank() || lines.get(first).startsWith("--"))) {
            String line = lines.get(first++);
            if (line.startsWith(SqlText.MARK)) {
                String directive = line.substring(SqlText.MARK.length());
                String value = directive.contains(" ") ? SqlText.unescape(directive.substring(directive.indexOf(' ')
                        + 1)) : "";
                switch (directive.contains(" ") ? directive.substring(0, directive.indexOf(' ')) : directive) {
                    case "outside-transaction" -> transactional = false;
                    case "guard" -> guard = true;
                    case "undo" -> undo = Optional.of(value);
                    case "rerun" -> rerun = Rerun.AS_IS;
                    case "rerun-unless" -> unless = Optional.of(value);
                    case "cleanup" -> cleanup.add(value);
                    default -> { }
                }
            }
        }
        String sql = String.join("\n", lines.subList(first, lines.size())).strip();
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        if (unless.isPresent()) {
            rerun = new Rerun.UnlessDone(unless.get(), cleanup);
        }
        return Optional.of(new Statement(sql, transactional, undo, rerun, guard));
    }
}
