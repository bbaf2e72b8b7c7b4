package autogen.introspect.embedded;

/** The embedded PostgreSQL could not be started, used or stopped; the message is one line for the user. */
public final class EmbeddedServerException extends RuntimeException {
    public EmbeddedServerException(String message) {
        super(message);
    }

    public EmbeddedServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
