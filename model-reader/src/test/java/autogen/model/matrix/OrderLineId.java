package autogen.model.matrix;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The embedded composite key of an order line. */
@Embeddable
public class OrderLineId implements Serializable {
    private static final long serialVersionUID = 1L;

    private long orderId;

    private int lineNo;

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineId id && id.orderId == orderId && id.lineNo == lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNo);
    }
}
