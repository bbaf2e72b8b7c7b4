package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account whose profile shares its key. */
@Entity
@Table(name = "accounts")
public class Account {
    @Id
    private Long id;

    @Column(unique = true, nullable = false)
    private String login;
}
