package autogen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hibernate's CREATE script cut into statements, and create-table bodies cut into their top-level parts. */
record DdlScript(List<String> statements) {
    static DdlScript parse(String script) {
        return new DdlScript(script.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.endsWith(";") ? line.substring(0, line.length() - 1) : line)
                .toList());
    }

    List<String> startingWith(String prefix) {
        return statements.stream().filter(s -> s.startsWith(prefix)).toList();
    }

    /** The column definitions and table constraints of {@code create table <table> (...)}. */
    Optional<List<String>> createTableParts(String table) {
        String prefix = "create table " + table + " (";
        return statements.stream()
                .filter(s -> s.startsWith(prefix) && s.endsWith(")"))
                .findFirst()
                .map(s -> splitTopLevel(s.substring(prefix.length(), s.length() - 1)));
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(body.substring(start).strip());
        return parts;
    }
}
