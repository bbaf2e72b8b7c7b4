package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Native PostgreSQL enum types, one shared by two columns, one ordinal. */
@Entity
@Table(name = "native_enums")
public class NativeEnums {
    @Id
    private Long id;

    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    private Mood mood;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    private Mood otherMood;

    @Enumerated(EnumType.ORDINAL)
    @JdbcTypeCode(SqlTypes.NAMED_ORDINAL_ENUM)
    private Level level;
}
