package autogen.cli.evolution.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Version 2: a longer title, an ISBN column, an index on title and a foreign key to its author. */
@Entity(name = "Book")
@Table(name = "books", indexes = @Index(columnList = "title"))
public class Book {
    @Id
    Long id;

    @Column(length = 150, nullable = false)
    String title;

    @Column(length = 20)
    String isbn;

    @ManyToOne
    @JoinColumn(name = "author_id")
    Author author;
}
