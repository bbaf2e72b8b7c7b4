package autogen.maven;

import autogen.engine.MigrationService;
import autogen.engine.Settings;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn autogen:sql}: the SQL script of a range of migrations, history rows included, without a database, as
 * {@code autogen sql} prints it; into {@code autogen.output} for {@code psql -v ON_ERROR_STOP=1 -f}.
 */
@Mojo(name = "sql")
public final class SqlMojo extends AutogenMojo {
    /** [FROM:]TO: base:head (default head, from base); with down, head:base or head:REV. */
    @Parameter(property = "autogen.range", defaultValue = "head")
    private String range;

    /** The downgrade from FROM (default head) to TO. */
    @Parameter(property = "autogen.down", defaultValue = "false")
    private boolean down;

    /** The file to write the script to; without one, the script goes to the build's log. */
    @Parameter(property = "autogen.output")
    private File output;

    @Override
    void run(Settings settings, PrintWriter out) throws MojoExecutionException {
        String script = new MigrationService().sql(settings, range, down);
        if (output == null) {
            out.print(script);
            return;
        }
        try {
            Files.createDirectories(output.toPath().toAbsolutePath().getParent());
            Files.writeString(output.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the script to " + output + ": " + e.getMessage(), e);
        }
        out.println("Wrote the script to " + output + ".");
    }
}
