package autogen.model.matrix;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/** Check constraints of every origin: Hibernate's and JPA's, on the class and on fields, named and unnamed. */
// Hibernate 7 deprecates its own @Check and @Comment for JPA's, but entities still use them.
@SuppressWarnings("deprecation")
@Entity
@Table(name = "checked_items", check = @CheckConstraint(name = "ck_checked_items_jpa", constraint = "max_qty < 10000"))
@Check(constraints = "min_qty <= max_qty")
@Check(name = "ck_checked_items_positive", constraints = "min_qty >= 0")
public class CheckedItem {
    @Id
    private Long id;

    @Column(name = "min_qty")
    private int minQty;

    @Column(name = "max_qty")
    private int maxQty;

    @Check(constraints = "price > 0")
    private double price;

    @Check(name = "ck_checked_items_sku_format", constraints = "length(sku) = 8")
    private String sku;

    @Check(constraints = "qty >= 0")
    @Check(constraints = "qty < 1000")
    private int qty;

    @Column(check = @CheckConstraint(constraint = "code <> ''"))
    private String code;
}
