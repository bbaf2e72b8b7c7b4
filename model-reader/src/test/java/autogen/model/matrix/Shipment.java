package autogen.model.matrix;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The same embeddable twice, with overridden column names, and a version column. */
@Entity
@Table(name = "shipments")
public class Shipment {
    @Id
    private Long id;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "origin_street", length = 120))
    @AttributeOverride(name = "city", column = @Column(name = "origin_city"))
    private Place origin;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "destination_street"))
    @AttributeOverride(name = "city", column = @Column(name = "destination_city", nullable = false))
    private Place destination;

    @Version
    private int version;

    private Instant shippedAt;
}
