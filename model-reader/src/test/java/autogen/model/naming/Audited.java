package autogen.model.naming;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A mapped superclass whose camelCase column name PostgreSQL folds, there being no physical naming strategy. */
@MappedSuperclass
public abstract class Audited {
    private Instant occurredAt;

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
