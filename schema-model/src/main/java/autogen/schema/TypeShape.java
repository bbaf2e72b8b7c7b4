package autogen.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as a base and its modifiers (length, precision and scale, time precision) and array dimensions,
 * read from the canonical spelling ({@code character varying(255)}, {@code numeric(12,3)},
 * {@code timestamp(6) with time zone}, {@code integer[]}), so that a change can be told a widening or a narrowing.
 */
public record TypeShape(String base, List<Integer> modifiers, int dimensions) {
    private static final Pattern SHAPE = Pattern.compile(
            "(?<base>[a-z ]+?)(?:\\((?<mods>\\d+(?:,\\d+)?)\\))?(?<zone> with(?:out)? time zone)?(?<arrays>(?:\\[\\])*)");

    public TypeShape {
        modifiers = List.copyOf(modifiers);
    }

    /** The shape of a canonical type; empty for a type it does not know the shape of (a domain, an enum, ...). */
    public static Optional<TypeShape> of(String type) {
        Matcher m = SHAPE.matcher(type);
        if (!m.matches()) {
            return Optional.empty();
        }
        String base = m.group("base").trim() + (m.group("zone") == null ? "" : m.group("zone"));
        List<Integer> mods = m.group("mods") == null ? List.of()
                : java.util.Arrays.stream(m.group("mods").split(",")).map(Integer::valueOf).toList();
        return Optional.of(new TypeShape(base, mods, m.group("arrays").length() / 2));
    }

    /** The first modifier (a length or a precision), if there is one. */
    public Optional<Integer> first() {
        return modifiers.isEmpty() ? Optional.empty() : Optional.of(modifiers.get(0));
    }
}
