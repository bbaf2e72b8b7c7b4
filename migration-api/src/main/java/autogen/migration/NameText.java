package autogen.migration;

import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * How a migration file writes the name of a table, sequence, type or function: {@code "name"} in the default
 * schema, {@code "schema.name"} elsewhere, each part as PostgreSQL stores it. A part holding a dot or a double
 * quote is written in double quotes, with its double quotes doubled, so {@code "\"dot.ted\""} is one table and
 * {@code "billing.invoices"} is a table in a schema.
 */
public final class NameText {
    private NameText() {
    }

    /** The text a migration file writes for {@code name}. */
    public static String of(QualifiedName name) {
        String table = part(name.name());
        return QualifiedName.DEFAULT_SCHEMA.equals(name.schema()) ? table : part(name.schema()) + "." + table;
    }

    /**
     * The name {@code text} stands for.
     *
     * @throws IllegalArgumentException when it is not one or two parts, or a quote is not closed
     */
    public static QualifiedName parse(String text) {
        List<String> parts = parts(text);
        if (parts.size() > 2) {
            throw invalid(text, "expected name or schema.name, with a part holding a dot in double quotes");
        }
        return parts.size() == 1 ? QualifiedName.of(parts.get(0)) : new QualifiedName(parts.get(0), parts.get(1));
    }

    /**
     * The dot-separated parts of {@code text}, a part holding a dot in double quotes: {@code users.email} is two,
     * {@code billing.invoices.total} three.
     *
     * @throws IllegalArgumentException when a part is empty or a quote is not closed
     */
    public static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder part = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i = quoted(text, i + 1, part);
            } else {
                while (i < text.length() && text.charAt(i) != '.') {
                    part.append(text.charAt(i++));
                }
            }
            parts.add(part.toString());
            if (i == text.length()) {
                break;
            }
            if (text.charAt(i) != '.') {
                throw invalid(text, "a quoted part must end where the name or its part ends");
            }
            i++;
        }
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw invalid(text, "a part is empty; a part holding a dot goes in double quotes");
        }
        return parts;
    }

    /** Reads a quoted part from {@code from} (just after its opening quote); returns where it ends. */
    private static int quoted(String text, int from, StringBuilder part) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != '"') {
                part.append(text.charAt(i));
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                part.append('"');
                i++;
            } else {
                return i + 1;
            }
        }
        throw invalid(text, "a double quote is not closed");
    }

    private static String part(String part) {
        return part.indexOf('.') < 0 && !part.startsWith("\"") ? part : '"' + part.replace("\"", "\"\"") + '"';
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("not a name: '" + text + "': " + why);
    }
}
