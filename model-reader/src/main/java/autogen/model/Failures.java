package autogen.model;

/** Turns Hibernate's exception chains into the one-line messages autogen prints. */
final class Failures {
    private Failures() {
    }

    /** The message of the deepest cause that has one, on one line. */
    static String rootMessage(Throwable failure) {
        String message = failure.toString();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return oneLine(message);
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
