package autogen.model.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity whose long table name pushes conventional foreign key names past 63 bytes. */
@Entity
@Table(name = "actors_with_a_deliberately_long_table_name")
public class Actor {
    @Id
    private Long id;

    public Long getId() {
        return id;
    }
}
