package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** A joined subclass with a renamed key column. */
@Entity
@Table(name = "bank_payments")
@PrimaryKeyJoinColumn(name = "payment_id")
public class BankPayment extends Payment {
    private String iban;
}
