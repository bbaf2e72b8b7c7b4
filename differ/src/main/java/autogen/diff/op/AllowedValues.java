package autogen.diff.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The values a check constraint allows one column, when the check is the kind Hibernate writes for an enum: a
 * STRING enum's {@code status in ('DRAFT', ...)} or an ORDINAL one's {@code level between 0 and 2}, both as
 * PostgreSQL prints them back. It lets a changed enum read as the constants it gains and loses.
 */
public record AllowedValues(String column, List<String> values, boolean ordinal) {
    private static final String COLUMN = "(?<column>\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)";
    private static final Pattern STRINGS = Pattern.compile(
            "\\(\\(?" + COLUMN + "\\)?(?:::text)? = ANY \\((?<array>.+)\\)\\)");
    private static final Pattern ORDINALS = Pattern.compile(
            "\\(\\(" + COLUMN + " >= 0\\) AND \\(\\k<column> <= (?<last>\\d{1,4})\\)\\)");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    /** What an array of literals holds besides them: brackets, casts to character types, commas. */
    private static final Pattern ARRAY_REST = Pattern.compile("[\\s(),\\[\\]:]*|(?:[\\s(),\\[\\]:]|ARRAY|text|"
            + "character varying|character)+");

    public AllowedValues {
        values = List.copyOf(values);
    }

    /** The values {@code expression} allows, if it is such a check; the column as the expression spells it. */
    public static Optional<AllowedValues> of(String expression) {
        Matcher ordinals = ORDINALS.matcher(expression);
        if (ordinals.matches()) {
            int last = Integer.parseInt(ordinals.group("last"));
            return Optional.of(new AllowedValues(unquote(ordinals.group("column")),
                    IntStream.rangeClosed(0, last).mapToObj(Integer::toString).toList(), true));
        }
        Matcher strings = STRINGS.matcher(expression);
        if (!strings.matches()) {
            return Optional.empty();
        }
        String array = strings.group("array");
        List<String> values = new ArrayList<>();
        Matcher literal = LITERAL.matcher(array);
        while (literal.find()) {
            values.add(literal.group(1).replace("''", "'"));
        }
        boolean onlyLiterals = ARRAY_REST.matcher(LITERAL.matcher(array).replaceAll("")).matches();
        return values.isEmpty() || !onlyLiterals ? Optional.empty()
                : Optional.of(new AllowedValues(unquote(strings.group("column")), values, false));
    }

    private static String unquote(String column) {
        return column.startsWith("\"") ? column.substring(1, column.length() - 1).replace("\"\"", "\"") : column;
    }

    /** The values {@code after} allows that this does not. */
    public List<String> added(AllowedValues after) {
        return after.values.stream().filter(v -> !values.contains(v)).toList();
    }

    /** The values this allows that {@code after} does not. */
    public List<String> removed(AllowedValues after) {
        return values.stream().filter(v -> !after.values.contains(v)).toList();
    }
}
