package autogen.model.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A table in the default schema with a conventionally named, over-long foreign key and a unique index. */
@Entity
@Table(name = "documents", indexes = @Index(name = "UX_Documents_Title", columnList = "title", unique = true))
public class Document {
    @Id
    private Long id;

    private String title;

    @ManyToOne
    private Actor owner;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Actor getOwner() {
        return owner;
    }
}
