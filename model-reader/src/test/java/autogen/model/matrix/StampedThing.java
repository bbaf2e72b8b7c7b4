package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A timestamp version column. */
@Entity
@Table(name = "stamped_things")
public class StampedThing {
    @Id
    private Long id;

    @Version
    private Instant version;
}
