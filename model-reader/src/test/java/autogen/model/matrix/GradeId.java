package autogen.model.matrix;

import java.io.Serializable;
import java.util.Objects;

/** The id class of a grade. */
public class GradeId implements Serializable {
    private static final long serialVersionUID = 1L;

    private String term;

    private Long student;

    @Override
    public boolean equals(Object other) {
        return other instanceof GradeId id && Objects.equals(id.term, term) && Objects.equals(id.student, student);
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, student);
    }
}
