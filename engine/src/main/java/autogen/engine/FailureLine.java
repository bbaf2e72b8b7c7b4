package autogen.engine;

import autogen.introspect.TargetRejectedException;
import autogen.introspect.embedded.EmbeddedServerException;
import autogen.model.ModelReadException;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.util.Optional;

/**
 * How a front end tells a failure: what kind it is (a bad input, a database out of reach, ...) or none for a bug in
 * autogen, and the one line it prints about it, without any password.
 */
public final class FailureLine {
    private FailureLine() {
    }

    /** The kind of a failure autogen foresees; empty for anything else, which is a bug in autogen. */
    public static Optional<Failure> kind(Exception e) {
        if (e instanceof AutogenException a) {
            return Optional.of(a.failure());
        } else if (e instanceof ModelReadException || e instanceof TargetRejectedException) {
            return Optional.of(Failure.BAD_INPUT);
        } else if (e instanceof EmbeddedServerException) {
            return Optional.of(Failure.DATABASE);
        }
        return Optional.empty();
    }

    /** The first line of the message of a foreseen failure; for a bug, that it is one, with its type. */
    public static String of(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String line = message.lines().findFirst().orElse("");
        return Secrets.redact(kind(e).isPresent() ? line
                : "internal error (please report): " + e.getClass().getSimpleName() + ": " + line);
    }
}
