package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A phone number kept in a collection table. */
@Embeddable
public class Phone {
    @Column(nullable = false, length = 20)
    private String number;

    private String kind;
}
