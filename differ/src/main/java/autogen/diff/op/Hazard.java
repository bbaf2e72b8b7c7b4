package autogen.diff.op;

/** A risk an operation carries, decided by the operation itself and shown in the migration header. */
public enum Hazard {
    /** Removes stored data; the downgrade restores the structure but not the rows. */
    DELETES_DATA("deletes data that the downgrade cannot bring back"),
    /** Validates existing rows (NOT NULL, a key, a narrower type) and fails if any row breaks the rule. */
    MAY_FAIL_ON_EXISTING_ROWS("fails if existing rows break the new rule"),
    /** Recreates an enum type and rewrites every column that uses it, holding locks on those tables. */
    RECREATES_TYPE("recreates the type and rewrites the tables that use it");

    private final String description;

    Hazard(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
