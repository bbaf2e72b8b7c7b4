package autogen.model.matrix;

/** Constants deliberately out of alphabetical order. */
public enum Mood {
    HAPPY, SAD, ANGRY
}
