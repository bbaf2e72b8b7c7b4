package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A one-to-one that derives its key from the account through {@code @MapsId}. */
@Entity
@Table(name = "account_profiles")
public class AccountProfile {
    @Id
    private Long id;

    @OneToOne
    @MapsId
    private Account account;

    private String displayName;
}
