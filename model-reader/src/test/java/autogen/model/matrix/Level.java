package autogen.model.matrix;

/** Three ordered levels. */
public enum Level {
    LOW, MEDIUM, HIGH
}
