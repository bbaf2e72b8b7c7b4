package autogen.diff;

/** A hint that does not fit the schemas it was given for, such as a rename of a column that does not exist. */
public final class HintException extends IllegalArgumentException {
    public HintException(String message) {
        super(message);
    }
}
