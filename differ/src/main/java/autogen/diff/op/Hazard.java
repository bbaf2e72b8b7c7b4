package autogen.diff.op;

import java.util.Arrays;
import java.util.Optional;

/**
 * A risk an operation carries, decided by the operation and where it runs (nothing done to a table the same
 * migration creates carries one), shown in the migration's header and recorded in its annotation. Each says in one
 * line what happens and what to do about it; {@link #needsConsent} ones are written only when the user allows it.
 */
public enum Hazard {
    DELETES_DATA("deletes data that the downgrade cannot bring back",
            "keep a backup, or rename instead; --allow-data-loss writes it", true),
    NARROWS_TYPE("narrows the type: a value that does not fit fails the migration, a number or a time with more"
            + " digits is rounded", "check the data first; --allow-data-loss writes it", true),
    MAY_FAIL_ON_EXISTING_ROWS("fails if existing rows break the new rule",
            "clean the data up in an earlier migration", false),
    WEAKENS_SCHEMA("removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)",
            "make sure no code relies on it", false),
    REWRITES_TABLE("rewrites the whole table under an ACCESS EXCLUSIVE lock",
            "run it when the table may be blocked for as long as a copy of it takes", false),
    LOCKS_TABLE("holds a lock that blocks writes, or all access, while it scans the table or builds an index",
            "build the index concurrently, add the constraint NOT VALID and validate it later", false),
    CHANGES_ORDINAL_MEANING("changes what the numbers stored for an ORDINAL enum mean",
            "map the stored numbers to the new order in the same migration", false),
    RECREATES_TYPE("recreates the enum type and rewrites every column that uses it",
            "run it when those tables may be blocked", false);

    private final String description;
    private final String advice;
    private final boolean needsConsent;

    Hazard(String description, String advice, boolean needsConsent) {
        this.description = description;
        this.advice = advice;
        this.needsConsent = needsConsent;
    }

    public String description() {
        return description;
    }

    /** What to do about it, in a few words. */
    public String advice() {
        return advice;
    }

    /** The hazard whose code is {@code code} ({@code WEAKENS_SCHEMA}), if there is one. */
    public static Optional<Hazard> named(String code) {
        return Arrays.stream(values()).filter(h -> h.name().equals(code)).findFirst();
    }

    /** Whether a migration with it is written only when the user allows data loss. */
    public boolean needsConsent() {
        return needsConsent;
    }
}
