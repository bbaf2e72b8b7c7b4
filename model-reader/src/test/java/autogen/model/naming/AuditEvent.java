package autogen.model.naming;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Quoted names, an explicit schema, a named and a suppressed foreign key. */
@Entity
@Table(name = "`AuditLog`", schema = "audit", indexes = @Index(columnList = "occurredAt"))
public class AuditEvent extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", schema = "audit", initialValue = 100,
            allocationSize = 1)
    private Long id;

    @Column(name = "`EventType`", nullable = false, length = 40)
    private String eventType;

    @Column(unique = true)
    private String correlationId;

    @ManyToOne
    @JoinColumn(name = "actor_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Actor actor;

    @ManyToOne
    @JoinColumn(name = "subject_id", foreignKey = @ForeignKey(name = "FK_Audit_Subject"))
    private Actor subject;

    @ManyToOne
    private Actor reviewer;

    public Long getId() {
        return id;
    }

    public String getEventType() {
        return eventType;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public Actor getActor() {
        return actor;
    }

    public Actor getSubject() {
        return subject;
    }

    public Actor getReviewer() {
        return reviewer;
    }
}
