package autogen.sample;

/** Where a post is in its life; stored by name. */
public enum PostStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
