package autogen.model.packaged;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Parcel {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared")
    Long id;

    String label;
}
