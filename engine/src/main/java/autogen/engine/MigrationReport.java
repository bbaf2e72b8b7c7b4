package autogen.engine;

import java.io.PrintWriter;
import java.util.List;

/** What the commands that change where a database is print when they are done. */
public final class MigrationReport {
    private MigrationReport() {
    }

    /** The closing line of {@code verb} (upgrade, downgrade, stamp): where the database is now. */
    public static void print(MigrationService.Outcome outcome, String verb, PrintWriter out) {
        String at = at(outcome.heads());
        if (outcome.throwaway()) {
            out.println("Dry run done: " + outcome.database() + " got to " + at + " and is removed; no database"
                    + " was changed.");
            return;
        }
        out.println(outcome.steps().isEmpty() ? "Nothing to " + verb + ": " + outcome.database() + " is already at "
                + at + "." : "Done: " + outcome.database() + " is now at " + at + ".");
    }

    /** "base", "20260101000000", or "20260101000000 and 20260102000000" for a database on two branches. */
    private static String at(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(" and ", heads);
    }
}
