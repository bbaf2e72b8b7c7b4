package autogen.cli.handmade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity whose table was created by hand, before autogen, without the metadata columns. */
@Entity
@Table(name = "hand_notes")
public class HandNote {
    @Id
    Long id;

    @Column(length = 200)
    String body;
}
