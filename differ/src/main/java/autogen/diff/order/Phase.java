package autogen.diff.order;

/**
 * The execution order of a migration's up steps. Because every down step is the inverse of an up step in
 * reverse order, this one list also orders the downgrade correctly.
 */
public enum Phase {
    /** First, so no foreign key still points at a key, column or table that is about to go. */
    DROP_FOREIGN_KEYS,
    /** Before columns and tables go, so indexes are dropped by name, as their inverses recreate them. */
    DROP_INDEXES,
    /** Unique constraints may back foreign keys; those are gone by now. */
    DROP_UNIQUE_CONSTRAINTS,
    /** Primary keys may back foreign keys; those are gone by now. */
    DROP_PRIMARY_KEYS,
    /** Before tables, whose columns may draw from them. */
    CREATE_SEQUENCES,
    /** An increment change needs nothing else to exist. */
    ALTER_SEQUENCES,
    /** All tables exist before any key that refers to them is added. */
    CREATE_TABLES,
    /** New columns exist before keys and indexes use them. */
    ADD_COLUMNS,
    /** After additions, before drops: nothing here depends on either. */
    ALTER_COLUMNS,
    /** Nothing refers to these columns any more. */
    DROP_COLUMNS,
    /** Nothing refers to these tables any more. */
    DROP_TABLES,
    /** Keys next, because foreign keys need the referenced key to exist. */
    ADD_PRIMARY_KEYS,
    /** Unique constraints can be referenced by foreign keys too. */
    ADD_UNIQUE_CONSTRAINTS,
    /** Indexes after the columns they cover. */
    CREATE_INDEXES,
    /** Last of the table work: every referenced table, column and key now exists. */
    ADD_FOREIGN_KEYS,
    /** After the tables whose columns may still have used them are gone. */
    DROP_SEQUENCES
}
