package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Another table-per-class leaf. */
@Entity
@Table(name = "dogs")
public class Dog extends Animal {
    private String breed;
}
