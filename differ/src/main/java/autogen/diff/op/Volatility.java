package autogen.diff.op;

import java.util.List;
import java.util.Locale;

/**
 * Whether a default is computed anew for each row: adding a column with such a default rewrites the table, where
 * PostgreSQL 11 and later store a constant or stable default once. Read from the functions it calls that are
 * volatile in PostgreSQL's catalog.
 */
final class Volatility {
    private static final List<String> VOLATILE = List.of("nextval(", "random(", "gen_random_uuid(",
            "uuid_generate_", "clock_timestamp(", "timeofday(", "setseed(", "txid_current(");

    private Volatility() {
    }

    static boolean volatileDefault(String expression) {
        // A loop, not a stream: a plan's hazards ask this of every added column, several times over.
        String lower = expression.toLowerCase(Locale.ROOT);
        for (String function : VOLATILE) {
            if (lower.contains(function)) {
                return true;
            }
        }
        return false;
    }
}
