package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

/** An entity spread over a primary and a secondary table. */
@Entity
@Table(name = "customers")
@SecondaryTable(name = "customer_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
public class Customer {
    @Id
    private Long id;

    private String name;

    @Column(table = "customer_details", length = 500)
    private String biography;

    @Column(table = "customer_details")
    private Integer loyaltyPoints;
}
