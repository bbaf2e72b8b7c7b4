package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A composite key through an id class, one part of it a many-to-one. */
@Entity
@Table(name = "grades")
@IdClass(GradeId.class)
public class Grade {
    @Id
    @Column(length = 10)
    private String term;

    @Id
    @ManyToOne
    private Student student;

    private int score;
}
