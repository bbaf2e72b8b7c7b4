package autogen.codegen.format;

import java.util.ArrayList;
import java.util.List;

/**
 * One file (Flyway, dbmate) or changeset (Liquibase) of a migration. A migration whose statements may all run in a
 * transaction is one part. Otherwise each statement that may not is a part of its own (dbmate sends a section as one
 * query string, in which PostgreSQL refuses {@code CONCURRENTLY}), and each run of statements that may is one part,
 * in a transaction. The downgrade is split alike and laid on the parts newest first, so that reverting a migration's
 * parts in the tools' order (newest first) runs its downgrade in order; a part with only a downgrade's run has an
 * empty upgrade.
 */
record Part(List<SqlItem> up, List<SqlItem> down) {
    Part {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    static List<Part> of(List<SqlItem> up, List<SqlItem> down) {
        List<List<SqlItem>> upRuns = runs(up);
        List<List<SqlItem>> downRuns = runs(down);
        int count = Math.max(1, Math.max(upRuns.size(), downRuns.size()));
        List<Part> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int downIndex = count - 1 - i;
            parts.add(new Part(i < upRuns.size() ? upRuns.get(i) : List.of(),
                    downIndex < downRuns.size() ? downRuns.get(downIndex) : List.of()));
        }
        return parts;
    }

    static boolean inTransaction(List<SqlItem> items) {
        return items.stream().allMatch(i -> i.statement().transactional());
    }

    static String text(List<SqlItem> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(i -> text.append(i.text()));
        return text.toString();
    }

    /** Consecutive statements that may run in a transaction together; each other statement alone. */
    private static List<List<SqlItem>> runs(List<SqlItem> items) {
        List<List<SqlItem>> runs = new ArrayList<>();
        List<SqlItem> run = new ArrayList<>();
        for (SqlItem item : items) {
            if (!item.statement().transactional()) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                runs.add(List.of(item));
            } else {
                run.add(item);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
