package autogen.diff.order;

/**
 * The execution order of a migration's up steps. Because every down step is the inverse of an up step in
 * reverse order, this one list also orders the downgrade correctly.
 */
public enum Phase {
    /** First: tables, sequences and types may live in a new namespace. */
    CREATE_SCHEMAS,
    /** Before anything else touches them: every later step names a renamed table by its new name. */
    RENAME_TABLES,
    /** Likewise for columns, once their tables have their new names. */
    RENAME_COLUMNS,
    /** Before anything they point at changes or goes. */
    DROP_FOREIGN_KEYS,
    /** Before the columns they set and the tables they sit on go. */
    DROP_TRIGGERS,
    /** Before columns and tables go, so indexes are dropped by name, as their inverses recreate them. */
    DROP_INDEXES,
    /** Before the columns they test change type or go. */
    DROP_CHECKS,
    /** Unique constraints may back foreign keys; those are gone by now. */
    DROP_UNIQUE_CONSTRAINTS,
    /** Primary keys may back foreign keys; those are gone by now. */
    DROP_PRIMARY_KEYS,
    /** Before the tables and columns that use them. */
    CREATE_TYPES,
    /** Existing columns that use a type are cast here, before column changes. */
    ALTER_TYPES,
    /** Trigger functions exist before any trigger runs them. */
    CREATE_FUNCTIONS,
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
    /** A sequence's owning column exists by now, whether new or altered. */
    OWN_SEQUENCES,
    /** Objects that exist before and after, under the convention's name from here on. */
    RENAMES,
    /** Comments of tables and columns that exist before and after. */
    SET_COMMENTS,
    /** Before its owning column or table goes, which would take an owned sequence with it. */
    DISOWN_SEQUENCES,
    /** Nothing refers to these columns any more. */
    DROP_COLUMNS,
    /** Nothing refers to these tables any more. */
    DROP_TABLES,
    /** Keys next, because foreign keys need the referenced key to exist. */
    ADD_PRIMARY_KEYS,
    /** Unique constraints can be referenced by foreign keys too. */
    ADD_UNIQUE_CONSTRAINTS,
    /** After every column they test has its final type. */
    ADD_CHECKS,
    /** Indexes after the columns they cover. */
    CREATE_INDEXES,
    /** Last of the table work: every referenced table, column and key now exists. */
    ADD_FOREIGN_KEYS,
    /** After their tables, the columns they set and their functions exist. */
    CREATE_TRIGGERS,
    /** After the tables whose columns may still have used them are gone. */
    DROP_SEQUENCES,
    /** Only once no trigger runs them any more. */
    DROP_FUNCTIONS,
    /** After every column that used them is gone. */
    DROP_TYPES,
    /** Last: a namespace can only go once it is empty. */
    DROP_SCHEMAS
}
