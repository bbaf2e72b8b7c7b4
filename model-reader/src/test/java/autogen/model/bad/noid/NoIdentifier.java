package autogen.model.bad.noid;

import jakarta.persistence.Entity;

/** Rejected by Hibernate: an entity without an identifier. */
@Entity
public class NoIdentifier {
    private String name;

    public String getName() {
        return name;
    }
}
