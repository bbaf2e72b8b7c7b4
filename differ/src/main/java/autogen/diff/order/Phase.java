package autogen.diff.order;

/**
 * The execution order of a migration's up steps. Because every down step is the inverse of an up step in
 * reverse order, this one list also orders the downgrade correctly.
 */
public enum Phase {
    /** First: tables, sequences and types may live in a new namespace. */
    CREATE_SCHEMAS(Change.ADDS),
    /** Before anything else touches them: every later step names a renamed table by its new name. */
    RENAME_TABLES(Change.CHANGES),
    /** Likewise for columns, once their tables have their new names. */
    RENAME_COLUMNS(Change.CHANGES),
    /** Before anything they point at changes or goes. */
    DROP_FOREIGN_KEYS(Change.REMOVES),
    /** Before the columns they set and the tables they sit on go. */
    DROP_TRIGGERS(Change.REMOVES),
    /** Before columns and tables go, so indexes are dropped by name, as their inverses recreate them. */
    DROP_INDEXES(Change.REMOVES),
    /** Before the columns they test change type or go. */
    DROP_CHECKS(Change.REMOVES),
    /** Unique constraints may back foreign keys; those are gone by now. */
    DROP_UNIQUE_CONSTRAINTS(Change.REMOVES),
    /** Primary keys may back foreign keys; those are gone by now. */
    DROP_PRIMARY_KEYS(Change.REMOVES),
    /** Before the tables and columns that use them. */
    CREATE_TYPES(Change.ADDS),
    /** Existing columns that use a type are cast here, before column changes. */
    ALTER_TYPES(Change.CHANGES),
    /** Trigger functions exist before any trigger runs them. */
    CREATE_FUNCTIONS(Change.ADDS),
    /** Before tables, whose columns may draw from them. */
    CREATE_SEQUENCES(Change.ADDS),
    /** An increment change needs nothing else to exist. */
    ALTER_SEQUENCES(Change.CHANGES),
    /** All tables exist before any key that refers to them is added. */
    CREATE_TABLES(Change.ADDS),
    /** New columns exist before keys and indexes use them. */
    ADD_COLUMNS(Change.ADDS),
    /** After additions, before drops: nothing here depends on either. */
    ALTER_COLUMNS(Change.CHANGES),
    /** A sequence's owning column exists by now, whether new or altered. */
    OWN_SEQUENCES(Change.CHANGES),
    /** Objects that exist before and after, under the convention's name from here on. */
    RENAMES(Change.CHANGES),
    /** Comments of tables and columns that exist before and after. */
    SET_COMMENTS(Change.CHANGES),
    /** Before its owning column or table goes, which would take an owned sequence with it. */
    DISOWN_SEQUENCES(Change.CHANGES),
    /** Nothing refers to these columns any more. */
    DROP_COLUMNS(Change.REMOVES),
    /** Nothing refers to these tables any more. */
    DROP_TABLES(Change.REMOVES),
    /** Keys next, because foreign keys need the referenced key to exist. */
    ADD_PRIMARY_KEYS(Change.ADDS),
    /** Unique constraints can be referenced by foreign keys too. */
    ADD_UNIQUE_CONSTRAINTS(Change.ADDS),
    /** After every column they test has its final type. */
    ADD_CHECKS(Change.ADDS),
    /** Indexes after the columns they cover. */
    CREATE_INDEXES(Change.ADDS),
    /** Last of the table work: every referenced table, column and key now exists. */
    ADD_FOREIGN_KEYS(Change.ADDS),
    /** After their tables, the columns they set and their functions exist. */
    CREATE_TRIGGERS(Change.ADDS),
    /** After the tables whose columns may still have used them are gone. */
    DROP_SEQUENCES(Change.REMOVES),
    /** Only once no trigger runs them any more. */
    DROP_FUNCTIONS(Change.REMOVES),
    /** After every column that used them is gone. */
    DROP_TYPES(Change.REMOVES),
    /** Last: a namespace can only go once it is empty. */
    DROP_SCHEMAS(Change.REMOVES);

    /**
     * What a step of a phase does to the schema, as a report marks it: adds (+), changes (~) or removes (-);
     * {@link PhaseOf#change} tells a step's own.
     */
    public enum Change {
        ADDS, CHANGES, REMOVES
    }

    private final Change change;

    Phase(Change change) {
        this.change = change;
    }

    public Change change() {
        return change;
    }
}
