package autogen.model.matrix;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Another single-table subclass. */
@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {
    private double payload;
}
