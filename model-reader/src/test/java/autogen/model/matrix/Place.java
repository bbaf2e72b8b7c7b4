package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal place embedded twice in a shipment. */
@Embeddable
public class Place {
    @Column(length = 100)
    private String street;

    @Column(length = 50)
    private String city;
}
