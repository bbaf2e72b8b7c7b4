package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** JPA 3.2 comments on a table and a column. */
@Entity
@Table(name = "jpa_commented_things", comment = "Commented the JPA way")
public class JpaCommentedThing {
    @Id
    private Long id;

    @Column(comment = "A label")
    private String label;
}
