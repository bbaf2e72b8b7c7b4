package autogen.cli;

import autogen.engine.MigrationService;
import autogen.runner.Checksum;
import autogen.runner.Verification;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code autogen verify}: every applied migration whose source changed, and every one no file has. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Exit 1 and list every applied migration whose source changed since, and every one no file"
                + " has; 0 when the history matches the migrations.")
final class VerifyCommand extends Subcommand {
    @Override
    public Integer call() {
        MigrationService.Checked checked = new MigrationService().verify(settings());
        Verification v = checked.verification();
        PrintWriter out = out();
        for (Verification.Mismatch m : v.mismatches()) {
            out.println("changed  " + m.source().name() + ": checksum " + Checksum.shown(m.source().checksum())
                    + ", applied as " + Checksum.shown(m.recorded()));
        }
        v.missing().forEach(r -> out.println("missing  " + r + ": applied, but no migration file has it"));
        if (v.clean()) {
            out.println("Verified: every applied migration of " + checked.database() + " matches its file"
                    + (v.unchecked().isEmpty() ? "." : " (" + v.unchecked().size() + " applied before autogen kept"
                    + " checksums)."));
            return ExitCodes.OK;
        }
        out.println("autogen repair accepts the changed sources once you have checked them.");
        return ExitCodes.DIFFERENCES;
    }
}
