package autogen.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn autogen:upgrade}: applies migrations to the configured database, as {@code autogen upgrade} does. */
@Mojo(name = "upgrade")
public final class UpgradeMojo extends MigrationMojo {
    /** head (default), heads (every branch), +n, or a revision. */
    @Parameter(property = "autogen.target", defaultValue = "head")
    private String target;

    @Override
    String target() {
        return target;
    }

    @Override
    boolean down() {
        return false;
    }
}
