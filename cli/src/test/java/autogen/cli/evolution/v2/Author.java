package autogen.cli.evolution.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** Version 2: the name becomes required and the bio default changes. */
@Entity(name = "Author")
@Table(name = "authors")
public class Author {
    @Id
    Long id;

    @Column(length = 100, nullable = false)
    String name;

    @Column(length = 200)
    @ColumnDefault("'unknown'")
    String bio;
}
