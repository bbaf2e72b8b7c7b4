package autogen.maven;

import autogen.engine.MigrationService;
import autogen.engine.Settings;
import autogen.engine.StatusReport;
import java.io.PrintWriter;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code mvn autogen:status}: every migration, applied (when and by whom) or pending, as {@code autogen status}. */
@Mojo(name = "status")
public final class StatusMojo extends AutogenMojo {
    @Override
    void run(Settings settings, PrintWriter out) {
        StatusReport.print(new MigrationService().status(settings), out);
    }
}
