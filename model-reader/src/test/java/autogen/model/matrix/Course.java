package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The other side of the join tables. */
@Entity
@Table(name = "courses")
public class Course {
    @Id
    private Long id;

    private String title;
}
