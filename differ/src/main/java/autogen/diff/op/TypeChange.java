package autogen.diff.op;

import autogen.schema.TypeShape;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a column type change does to stored values: nothing (a widening PostgreSQL applies without touching the
 * rows), a widening that rewrites the table, a narrowing (a value may not fit or may be rounded), or a conversion
 * into another family of types.
 */
public enum TypeChange {
    /** Every value fits unchanged, and PostgreSQL only changes the catalog. */
    WIDENS,
    /** Every value fits unchanged, but PostgreSQL rewrites the table to store them anew. */
    WIDENS_WITH_REWRITE,
    /** A value may not fit (the migration then fails) or may be rounded. */
    NARROWS,
    /** Another family of types: each value is converted, and one that does not convert fails the migration. */
    CONVERTS;

    /** Digits of the integers: what a numeric needs left of its point to hold each. */
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Set<String> LENGTHS = Set.of("character varying", "bit varying");
    private static final Set<String> UNLIMITED_TEXT = Set.of("text", "character varying");
    private static final Set<String> TIMES = Set.of("timestamp without time zone", "timestamp with time zone",
            "time without time zone", "time with time zone", "interval");
    /** The precision a time type without one has. */
    private static final int TIME_PRECISION = 6;

    /** What changing a column from {@code from} to {@code to} (canonical spellings, not equal) does. */
    public static TypeChange of(String from, String to) {
        Optional<TypeShape> a = TypeShape.of(from);
        Optional<TypeShape> b = TypeShape.of(to);
        if (a.isEmpty() || b.isEmpty() || a.get().dimensions() != b.get().dimensions()) {
            return CONVERTS;
        }
        return of(a.get(), b.get());
    }

    private static TypeChange of(TypeShape a, TypeShape b) {
        if (a.base().equals(b.base())) {
            return sameBase(a, b);
        }
        if (UNLIMITED_TEXT.contains(a.base()) && b.base().equals("text")
                || a.base().equals("text") && b.base().equals("character varying")) {
            return b.modifiers().isEmpty() ? WIDENS : NARROWS;
        }
        if (INTEGERS.contains(a.base()) && INTEGERS.contains(b.base())) {
            return INTEGERS.indexOf(b.base()) > INTEGERS.indexOf(a.base()) ? WIDENS_WITH_REWRITE : NARROWS;
        }
        if (INTEGERS.contains(a.base()) && b.base().equals("numeric")) {
            boolean fits = b.modifiers().isEmpty() || b.modifiers().get(0) - scale(b) >= INTEGER_DIGITS.get(a.base());
            return fits ? WIDENS_WITH_REWRITE : NARROWS;
        }
        if (a.base().equals("numeric") && INTEGERS.contains(b.base())
                || a.base().equals("double precision") && b.base().equals("real")) {
            return NARROWS;
        }
        if (a.base().equals("real") && b.base().equals("double precision")
                || a.base().equals("date") && b.base().equals("timestamp without time zone")) {
            return WIDENS_WITH_REWRITE;
        }
        if (b.base().equals("date") && a.base().equals("timestamp without time zone")) {
            return NARROWS;
        }
        return CONVERTS;
    }

    private static TypeChange sameBase(TypeShape a, TypeShape b) {
        if (LENGTHS.contains(a.base())) {
            return b.modifiers().isEmpty() || !a.modifiers().isEmpty() && b.first().get() >= a.first().get()
                    ? WIDENS : NARROWS;
        }
        if (a.base().equals("character") || a.base().equals("bit")) {
            return b.first().orElse(1) >= a.first().orElse(1) ? WIDENS_WITH_REWRITE : NARROWS;
        }
        if (a.base().equals("numeric")) {
            return numeric(a, b);
        }
        if (TIMES.contains(a.base())) {
            return b.first().orElse(TIME_PRECISION) >= a.first().orElse(TIME_PRECISION) ? WIDENS : NARROWS;
        }
        return a.modifiers().equals(b.modifiers()) ? WIDENS : CONVERTS;
    }

    /** A larger precision with the same scale changes the catalog only; more digits on both sides rewrite. */
    private static TypeChange numeric(TypeShape a, TypeShape b) {
        if (b.modifiers().isEmpty()) {
            return WIDENS;
        }
        if (a.modifiers().isEmpty()) {
            return NARROWS;
        }
        int scaleA = scale(a);
        int scaleB = scale(b);
        boolean fits = scaleB >= scaleA && b.modifiers().get(0) - scaleB >= a.modifiers().get(0) - scaleA;
        if (!fits) {
            return NARROWS;
        }
        return scaleA == scaleB ? WIDENS : WIDENS_WITH_REWRITE;
    }

    private static int scale(TypeShape numeric) {
        return numeric.modifiers().size() > 1 ? numeric.modifiers().get(1) : 0;
    }

    /** Whether every stored value fits the new type unchanged: a widening, with or without a rewrite. */
    public boolean keepsEveryValue() {
        return this == WIDENS || this == WIDENS_WITH_REWRITE;
    }

    /** The hazards of such a change on a table with rows. */
    public Set<Hazard> hazards() {
        return switch (this) {
            case WIDENS -> Set.of();
            case WIDENS_WITH_REWRITE -> Set.of(Hazard.REWRITES_TABLE);
            case NARROWS -> Set.of(Hazard.NARROWS_TYPE, Hazard.REWRITES_TABLE);
            case CONVERTS -> Set.of(Hazard.NARROWS_TYPE, Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.REWRITES_TABLE);
        };
    }
}
