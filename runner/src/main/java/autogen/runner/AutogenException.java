package autogen.runner;

/** A failure the user can act on: its message is one clear line, and it says what kind of failure it is. */
public class AutogenException extends RuntimeException {
    private final Failure failure;

    public AutogenException(Failure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public AutogenException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
