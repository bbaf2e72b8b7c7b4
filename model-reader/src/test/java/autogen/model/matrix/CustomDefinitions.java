package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** Column definitions written verbatim, with and without a default, and fixed-length characters. */
@Entity
@Table(name = "custom_definitions")
public class CustomDefinitions {
    @Id
    private Long id;

    @Column(columnDefinition = "varchar(10) default 'x' not null")
    private String inlineDefault;

    @ColumnDefault("'y'")
    @Column(columnDefinition = "text")
    private String separateDefault;

    @Column(columnDefinition = "char(3)")
    private String currency;

    @Column(length = 1)
    private char grade;

    private Character initial;

    @Column(length = 2)
    private Character pair;
}
