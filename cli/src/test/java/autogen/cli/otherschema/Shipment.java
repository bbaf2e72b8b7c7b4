package autogen.cli.otherschema;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An entity in the default schema with a key into the other one. */
@Entity
@Table(name = "shipments")
public class Shipment {
    @Id
    Long id;

    @ManyToOne
    Warehouse origin;
}
