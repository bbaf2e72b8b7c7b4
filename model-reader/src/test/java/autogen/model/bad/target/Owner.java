package autogen.model.bad.target;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Rejected by Hibernate: a many-to-one association to a class that is not an entity. */
@Entity
public class Owner {
    @Id
    private Long id;

    @ManyToOne
    private NotAnEntity target;

    public NotAnEntity getTarget() {
        return target;
    }

    /** A plain class. */
    public static class NotAnEntity {
    }
}
