package autogen.migration;

/**
 * A migration file's class: an upgrade and the downgrade that undoes it, both written against the
 * {@link Operations} API. Its identity is in its {@link MigrationInfo} annotation.
 */
public interface Migration {
    void upgrade(Operations op);

    void downgrade(Operations op);
}
