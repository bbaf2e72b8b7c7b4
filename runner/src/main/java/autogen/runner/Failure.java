package autogen.runner;

/** What kind of failure an {@link AutogenException} reports; front ends map each to an exit code or a build error. */
public enum Failure {
    /** The command line asks for something that cannot be done as asked. */
    USAGE,
    /** Bad input: configuration, entities, migration files or their graph, a history of another shape. */
    BAD_INPUT,
    /** The database cannot be reached, refuses the login, does not answer, or drops the connection. */
    DATABASE,
    /** A migration failed; what it did was rolled back. */
    MIGRATION_FAILED,
    /** A migration would delete data and the user did not allow it. */
    REFUSED,
    /** Another command held the migration lock for longer than the wait allows. */
    LOCKED,
    /** The database is not at the migrations' head: a deploy has not run yet, or ran migrations this folder lacks. */
    NOT_AT_HEAD
}
