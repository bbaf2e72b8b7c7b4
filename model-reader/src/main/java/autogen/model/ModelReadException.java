package autogen.model;

/** The entities could not be read; the message is one line meant for the user. */
public final class ModelReadException extends RuntimeException {
    public ModelReadException(String message) {
        super(message);
    }

    public ModelReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
