package autogen.introspect;

/** The {@code pg_constraint.contype} codes the model knows. */
enum ConstraintKind {
    PRIMARY_KEY,
    FOREIGN_KEY,
    UNIQUE,
    CHECK;

    static ConstraintKind of(String contype) {
        return switch (contype) {
            case "p" -> PRIMARY_KEY;
            case "f" -> FOREIGN_KEY;
            case "u" -> UNIQUE;
            case "c" -> CHECK;
            default -> throw new IllegalStateException("constraints.sql returned contype '" + contype + "'");
        };
    }
}
