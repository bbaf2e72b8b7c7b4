package autogen.introspect;

/** PostgreSQL rejected a type or default of the target model; the message is one line naming the column. */
public final class TargetRejectedException extends RuntimeException {
    public TargetRejectedException(String message) {
        super(message);
    }

    public TargetRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
