package autogen.model.matrix;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A single-table subclass; its columns are nullable in the shared table. */
@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
    private int seats;
}
