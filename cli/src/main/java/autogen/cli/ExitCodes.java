package autogen.cli;

import autogen.runner.Failure;

/** Every exit code autogen uses, in one place (documented in the README). */
public final class ExitCodes {
    public static final int OK = 0;
    /** {@code check}: the entities and the schema differ. */
    public static final int DIFFERENCES = 1;
    /** Wrong command-line usage (picocli's own code for it). */
    public static final int USAGE = 2;
    /**
     * Bad input: configuration (no database for {@code upgrade} or {@code downgrade} without {@code --dry-run} among
     * it), entities, migration files or their graph.
     */
    public static final int BAD_INPUT = 3;
    /** The database cannot be reached or refuses the login. */
    public static final int DATABASE = 4;
    /** A migration failed and was rolled back. */
    public static final int MIGRATION_FAILED = 5;
    /** A generated migration would delete data and {@code --allow-data-loss} was not given. */
    public static final int REFUSED = 6;
    /** The migration lock stayed held by another command for longer than the wait allows. */
    public static final int LOCKED = 7;
    /** The database is not at the migrations' head ({@code check --db}, {@code revision --db}). */
    public static final int NOT_AT_HEAD = 8;
    /**
     * {@code rehearse}: the database drifted from its migrations, rows differ after the downgrade and no migration
     * declares it, the downgrade did not restore the schema, or {@code check} on the copy is not in sync.
     */
    public static final int REHEARSAL_FAILED = 9;
    /** A bug in autogen: anything not foreseen above. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /** The exit code of a failure of that kind. */
    public static int of(Failure failure) {
        return switch (failure) {
            case USAGE -> USAGE;
            case BAD_INPUT -> BAD_INPUT;
            case DATABASE -> DATABASE;
            case MIGRATION_FAILED -> MIGRATION_FAILED;
            case REFUSED -> REFUSED;
            case LOCKED -> LOCKED;
            case NOT_AT_HEAD -> NOT_AT_HEAD;
        };
    }
}
