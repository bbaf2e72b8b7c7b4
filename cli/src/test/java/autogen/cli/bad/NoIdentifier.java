package autogen.cli.bad;

import jakarta.persistence.Entity;

/** An entity Hibernate rejects: it has no identifier. */
@Entity
public class NoIdentifier {
    String name;
}
