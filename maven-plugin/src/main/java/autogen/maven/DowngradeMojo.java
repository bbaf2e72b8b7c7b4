package autogen.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn autogen:downgrade -Dautogen.target=-1}: reverts migrations, newest first, as {@code autogen downgrade}. */
@Mojo(name = "downgrade")
public final class DowngradeMojo extends MigrationMojo {
    /** -n (e.g. -1), base, or a revision. */
    @Parameter(property = "autogen.target", required = true)
    private String target;

    @Override
    String target() {
        return target;
    }

    @Override
    boolean down() {
        return true;
    }
}
