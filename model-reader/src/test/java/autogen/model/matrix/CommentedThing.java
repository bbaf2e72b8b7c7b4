package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

/** Hibernate's comments on a table and some of its columns; an empty comment is none. */
// Hibernate 7 deprecates its own @Check and @Comment for JPA's, but entities still use them.
@SuppressWarnings("deprecation")
@Entity
@Table(name = "commented_things")
@Comment("Things worth a comment")
public class CommentedThing {
    @Id
    @Comment("The key")
    private Long id;

    @Comment("The name, as shown")
    private String name;

    private String plain;

    @Comment("")
    private String silent;
}
