package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A one-to-one through a foreign key column, which Hibernate makes unique. */
@Entity
@Table(name = "passports")
public class Passport {
    @Id
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "holder_id")
    private Account holder;
}
