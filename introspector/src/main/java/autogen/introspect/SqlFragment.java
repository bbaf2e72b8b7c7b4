package autogen.introspect;

import java.util.Optional;

/**
 * Reads an SQL fragment from the entities (a type, a default, a check or a generation expression) the way
 * PostgreSQL's lexer does, to tell whether it stays in its place in the statement it is written into: no
 * {@code ;} outside strings, quoted names and comments, no parenthesis or bracket closed that it did not open or
 * left open, no {@code ,} outside them, and nothing left open at its end. Strings follow the rules of
 * {@code standard_conforming_strings = on}, which the probes set: {@code '...'} with {@code ''}, {@code E'...'}
 * with backslash escapes, {@code U&'...'}, {@code B'...'}, {@code X'...'}, {@code N'...'}; quoted names
 * {@code "..."}; dollar quotes {@code $tag$...$tag$}; {@code --} line comments and nested block comments.
 *
 * <p>Where PostgreSQL versions read the same text differently, it refuses: it never reads as a string what
 * PostgreSQL could read as code.
 */
public final class SqlFragment {
    private final String sql;
    private int i;
    private int parentheses;
    private int brackets;

    private SqlFragment(String sql) {
        this.sql = sql;
    }

    /** Why {@code sql} would reach outside its place, with the position; empty when it stays in it. */
    public static Optional<String> escape(String sql) {
        return new SqlFragment(sql).scan();
    }

    private Optional<String> scan() {
        while (i < sql.length()) {
            Optional<String> problem = token(sql.charAt(i));
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (parentheses > 0 || brackets > 0) {
            return Optional.of("leaves a " + (parentheses > 0 ? "parenthesis" : "bracket") + " open");
        }
        return Optional.empty();
    }

    /** Reads the token that starts at {@code i} with {@code ch}. */
    private Optional<String> token(char ch) {
        if (starts("--")) {
            return lineComment();
        } else if (starts("/*")) {
            return blockComment();
        } else if (isLetter(ch)) {
            return word();
        } else if (isDigit(ch)) {
            return number();
        } else if (ch == '\'') {
            return string(false);
        } else if (ch == '"') {
            return quotedName();
        } else if (ch == '$') {
            return dollarQuote();
        }
        return punctuation(ch);
    }

    /** A name or keyword; a lone E right before a quote opens an E'' string, where a backslash escapes. */
    private Optional<String> word() {
        int start = i;
        while (i < sql.length() && (isLetter(sql.charAt(i)) || isDigit(sql.charAt(i)) || sql.charAt(i) == '$')) {
            i++;
        }
        boolean lonelyE = i - start == 1 && (sql.charAt(start) == 'E' || sql.charAt(start) == 'e');
        return lonelyE && i < sql.length() && sql.charAt(i) == '\'' ? string(true) : Optional.empty();
    }

    /**
     * A number. PostgreSQL versions disagree on what a number running straight into {@code E'} or {@code $} is
     * (an E string or dollar quote after the number, or an error), so that is refused.
     */
    private Optional<String> number() {
        while (i < sql.length() && (isLetter(sql.charAt(i)) || isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        char last = sql.charAt(i - 1);
        boolean intoString = i < sql.length() && sql.charAt(i) == '\'' && (last == 'E' || last == 'e');
        if (intoString || i < sql.length() && sql.charAt(i) == '$') {
            return at("is ambiguous: a number runs into " + (intoString ? "an E'' string" : "a '$'"), i);
        }
        return Optional.empty();
    }

    private Optional<String> punctuation(char ch) {
        int at = i++;
        if (ch == ';') {
            return at("holds a ';' outside quotes", at);
        } else if (ch == '(') {
            parentheses++;
        } else if (ch == ')' && --parentheses < 0) {
            return at("closes a parenthesis it did not open", at);
        } else if (ch == '[') {
            brackets++;
        } else if (ch == ']' && --brackets < 0) {
            return at("closes a bracket it did not open", at);
        } else if (ch == ',' && parentheses == 0 && brackets == 0) {
            return at("holds a ',' outside parentheses", at);
        }
        return Optional.empty();
    }

    private Optional<String> lineComment() {
        while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return Optional.empty();
    }

    /** Block comments nest in PostgreSQL: {@code /* a /* b *\/ still a *\/}. */
    private Optional<String> blockComment() {
        int start = i;
        int level = 0;
        do {
            if (starts("/*")) {
                level++;
                i += 2;
            } else if (starts("*/")) {
                level--;
                i += 2;
            } else {
                i++;
            }
        } while (level > 0 && i < sql.length());
        return level > 0 ? at("leaves a comment open", start) : Optional.empty();
    }

    /** A string from its opening quote at {@code i}; {@code ''} is a quote inside it, as {@code \'} is in E''. */
    private Optional<String> string(boolean backslashEscapes) {
        return enclosed('\'', backslashEscapes, "leaves a string open");
    }

    /** A quoted name from its opening quote at {@code i}; {@code ""} is a quote inside it. */
    private Optional<String> quotedName() {
        return enclosed('"', false, "leaves a quoted name open");
    }

    private Optional<String> enclosed(char quote, boolean backslashEscapes, String leftOpen) {
        int start = i++;
        while (i < sql.length()) {
            char ch = sql.charAt(i++);
            if (backslashEscapes && ch == '\\') {
                i++;
            } else if (ch == quote) {
                if (i < sql.length() && sql.charAt(i) == quote) {
                    i++;
                } else {
                    return Optional.empty();
                }
            }
        }
        return at(leftOpen, start);
    }

    /** {@code $tag$...$tag$} or {@code $$...$$}; a {@code $} that starts neither ({@code $1}) is passed over. */
    private Optional<String> dollarQuote() {
        int start = i;
        int end = i + 1;
        if (end < sql.length() && isLetter(sql.charAt(end))) {
            while (end < sql.length() && (isLetter(sql.charAt(end)) || isDigit(sql.charAt(end)))) {
                end++;
            }
        }
        if (end >= sql.length() || sql.charAt(end) != '$') {
            i++;
            return Optional.empty();
        }
        String delimiter = sql.substring(start, end + 1);
        int close = sql.indexOf(delimiter, end + 1);
        if (close < 0) {
            return at("leaves a dollar-quoted string open", start);
        }
        i = close + delimiter.length();
        return Optional.empty();
    }

    /** What may start a name or a dollar quote's tag: PostgreSQL counts every non-ASCII character as a letter. */
    private static boolean isLetter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_' || ch >= 0x80;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private boolean starts(String token) {
        return sql.startsWith(token, i);
    }

    private static Optional<String> at(String problem, int position) {
        return Optional.of(problem + " at position " + position);
    }
}
