package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/** STRING, ORDINAL and implicit enum columns with the checks Hibernate derives from their constants. */
// Hibernate 7 deprecates its own @Check and @Comment for JPA's, but entities still use them.
@SuppressWarnings("deprecation")
@Entity
@Table(name = "enum_columns")
public class EnumColumns {
    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @ColumnDefault("'HAPPY'")
    private Mood mood;

    @Enumerated(EnumType.ORDINAL)
    private Level level;

    private Level implicitLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "checked_mood")
    @Check(constraints = "checked_mood <> 'ANGRY'")
    private Mood checkedMood;
}
