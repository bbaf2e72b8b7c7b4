package autogen.schema;

/** What a foreign key does when the referenced row is deleted or updated ({@code pg_constraint.confdeltype}). */
public enum ReferentialAction {
    NO_ACTION("no action"),
    RESTRICT("restrict"),
    CASCADE("cascade"),
    SET_NULL("set null"),
    SET_DEFAULT("set default");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL keywords, lower case, as they follow {@code ON DELETE}. */
    public String sql() {
        return sql;
    }
}
