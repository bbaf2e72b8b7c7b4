package autogen.cli.evolution.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Version 1 of a book: no author, no ISBN, no index. */
@Entity(name = "Book")
@Table(name = "books")
public class Book {
    @Id
    Long id;

    @Column(length = 100, nullable = false)
    String title;
}
