package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A table-per-class leaf: it repeats the root's columns. */
@Entity
@Table(name = "cats")
public class Cat extends Animal {
    private boolean indoor;
}
