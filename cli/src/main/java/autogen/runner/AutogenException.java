package autogen.runner;

/** A failure the user can act on: its message is one clear line, and it carries the process exit code. */
public class AutogenException extends RuntimeException {
    private final int exitCode;

    public AutogenException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public AutogenException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
