package autogen.cli.otherschema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity in a schema of its own, which no configuration names. */
@Entity
@Table(name = "warehouses", schema = "inventory")
public class Warehouse {
    @Id
    Long id;

    @Column(length = 80, nullable = false)
    String name;
}
