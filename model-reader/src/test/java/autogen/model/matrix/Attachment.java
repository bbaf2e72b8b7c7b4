package autogen.model.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Foreign keys with delete actions, a suppressed one, and unique constraints of one and two columns. */
@Entity
@Table(name = "attachments", uniqueConstraints = {
        @UniqueConstraint(columnNames = {"owner_id", "file_name"}),
        @UniqueConstraint(name = "uq_attachments_named", columnNames = {"checksum", "size"})})
public class Attachment {
    @Id
    private Long id;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Customer owner;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Account uploader;

    @ManyToOne
    @JoinColumn(name = "course_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Course course;

    @Column(name = "file_name")
    private String fileName;

    @Column(unique = true)
    private String storageKey;

    private String checksum;

    private long size;
}
