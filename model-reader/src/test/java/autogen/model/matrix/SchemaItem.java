package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A table in its own schema, keyed by a sequence in another, referencing a table in the default schema. */
@Entity
@Table(name = "stock_items", schema = "inventory")
public class SchemaItem {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_seq")
    @SequenceGenerator(name = "stock_seq", sequenceName = "stock_seq", schema = "ids", initialValue = 5,
            allocationSize = 10)
    private Long id;

    @ManyToOne
    private CommentedThing thing;
}
