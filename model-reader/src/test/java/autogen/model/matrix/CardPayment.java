package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A joined subclass: its key is also a foreign key to the root. */
@Entity
@Table(name = "card_payments")
public class CardPayment extends Payment {
    private String cardNumber;
}
