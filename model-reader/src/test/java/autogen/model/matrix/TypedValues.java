package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One column of every standard type Hibernate 7 maps on PostgreSQL. */
@Entity
@Table(name = "typed_values")
public class TypedValues {
    @Id
    private UUID id;

    private boolean flag;
    private Boolean optionalFlag;
    private short small;
    private int regular;
    private long big;
    private BigInteger huge;
    @Column(precision = 12, scale = 3)
    private BigDecimal exact;
    private BigDecimal defaultExact;
    private float single;
    private double twice;
    @Column(length = 80)
    private String shortText;
    private String defaultText;
    @Column(length = 20000)
    private String longText;
    private byte[] bytes;
    @Lob
    private String lobText;
    @Lob
    private byte[] lobBytes;
    private LocalDate day;
    private LocalTime clock;
    @Column(precision = 3)
    private LocalTime preciseClock;
    private LocalDateTime moment;
    @Column(precision = 0)
    private LocalDateTime roundMoment;
    private OffsetDateTime zoned;
    private Instant instant;
    private Duration span;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> document;
    @JdbcTypeCode(SqlTypes.JSON)
    private String rawJson;
    private List<String> labels;
    private String[] names;
    private int[] numbers;
    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    private Duration intervalSpan;
}
