package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.GeneratedColumn;

/** Identity key, a stored generated column and database defaults: literal, function, cast. */
@Entity
@Table(name = "generated_values")
public class GeneratedValues {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private BigDecimal price;

    private int quantity;

    @GeneratedColumn("price * quantity")
    private BigDecimal total;

    @Generated
    @ColumnDefault("now()")
    private OffsetDateTime createdAt;

    @ColumnDefault("gen_random_uuid()")
    private UUID token;

    @ColumnDefault("0")
    private int counter;

    @ColumnDefault("'none'::text")
    private String note;
}
