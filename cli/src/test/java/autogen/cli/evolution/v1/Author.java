package autogen.cli.evolution.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** Version 1 of an author, before the evolution test changes it. */
@Entity(name = "Author")
@Table(name = "authors")
public class Author {
    @Id
    Long id;

    @Column(length = 100)
    String name;

    @Column(length = 200)
    @ColumnDefault("'n/a'")
    String bio;
}
