package autogen.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;

/** A blog post written by one user; its slug is unique per author. */
@Entity
@Table(name = "posts", indexes = {
        @Index(name = "ix_posts_published_at", columnList = "published_at"),
        @Index(columnList = "author_id, slug", unique = true)})
public class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    // Length.LONG32 exceeds PostgreSQL's varchar limit, so Hibernate's PostgreSQL dialect writes text.
    @Column(length = Length.LONG32)
    private String body;

    @Enumerated(EnumType.STRING)
    @ColumnDefault("'DRAFT'")
    @Column(nullable = false, length = 20)
    private PostStatus status = PostStatus.DRAFT;

    private OffsetDateTime publishedAt;

    @Column(nullable = false)
    private int readingMinutes;

    /** The price of a paywalled post; empty for free ones. */
    @Column(precision = 10, scale = 2)
    private BigDecimal price;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(nullable = false)
    private User author;

    @ManyToMany
    @JoinTable(name = "post_tags",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @Version
    private long version;

    protected Post() {
    }

    public Post(User author, String title, String slug) {
        this.author = author;
        this.title = title;
        this.slug = slug;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public PostStatus getStatus() {
        return status;
    }

    public void publish(OffsetDateTime at) {
        this.status = PostStatus.PUBLISHED;
        this.publishedAt = at;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public int getReadingMinutes() {
        return readingMinutes;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public User getAuthor() {
        return author;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
