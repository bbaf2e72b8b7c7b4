package autogen.migration.sql;

/**
 * Renames a column where an expression PostgreSQL printed (a check, a generated column's expression) refers to it,
 * as PostgreSQL itself does on {@code RENAME COLUMN}: a bare or double-quoted name that is neither in a string, a
 * type after {@code ::}, a function called by that name, nor qualified by or qualifying another name.
 */
public final class ExpressionNames {
    private ExpressionNames() {
    }

    public static String renameColumn(String expression, String column, String newName) {
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'') {
                int end = endOfQuoted(expression, i, '\'');
                out.append(expression, i, end);
                i = end;
            } else if (c == '"' || Character.isLetter(c) || c == '_') {
                int end = c == '"' ? endOfQuoted(expression, i, '"') : endOfWord(expression, i);
                String token = expression.substring(i, end);
                String name = c == '"' ? token.substring(1, token.length() - 1).replace("\"\"", "\"")
                        : token.toLowerCase(java.util.Locale.ROOT);
                boolean isColumn = name.equals(column) && !after(expression, i, "::") && !after(expression, i, ".")
                        && !before(expression, end, "(") && !before(expression, end, ".");
                out.append(isColumn ? Sql.ident(newName) : token);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after a quoted run starting at {@code start}, a doubled quote character staying inside. */
    private static int endOfQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int endOfWord(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == '$')) {
            i++;
        }
        return i;
    }

    private static boolean after(String text, int index, String what) {
        String before = text.substring(0, index).stripTrailing();
        return before.endsWith(what);
    }

    private static boolean before(String text, int index, String what) {
        return text.substring(index).stripLeading().startsWith(what);
    }
}
