package autogen.runner;

import autogen.runner.HistoryRow.Direction;
import autogen.runner.HistoryRow.Status;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The history table as read: its rows, oldest first, and what they say about where the database is. */
public final class History {
    private final List<HistoryRow> rows;
    /** Where another tool's history table says the database is, when that table is the one that tells. */
    private final Optional<List<String>> toolHeads;

    History(List<HistoryRow> rows) {
        this(rows, Optional.empty());
    }

    private History(List<HistoryRow> rows, Optional<List<String>> toolHeads) {
        this.rows = List.copyOf(rows);
        this.toolHeads = toolHeads.map(List::copyOf);
    }

    /** These rows, with the database at {@code heads} as a migration tool's own history table says. */
    History withHeads(List<String> heads) {
        return new History(rows, Optional.of(heads));
    }

    static History empty() {
        return new History(List.of());
    }

    public List<HistoryRow> rows() {
        return rows;
    }

    /** Where the database is: the heads after the last step that succeeded; none at base. */
    public List<String> heads() {
        if (toolHeads.isPresent()) {
            return toolHeads.get();
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).status() == Status.SUCCESS) {
                return rows.get(i).heads();
            }
        }
        return List.of();
    }

    /** The last step, when it did not finish: it ran outside a transaction and failed or its process died. */
    public Optional<HistoryRow> unfinished() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1))
                .filter(r -> Status.UNFINISHED.contains(r.status()));
    }

    /** The revisions the rows record as applied: upgraded or stamped, and not reverted or unstamped since. */
    public Set<String> recorded() {
        Set<String> applied = new LinkedHashSet<>();
        for (HistoryRow row : rows) {
            if (row.status() != Status.SUCCESS) {
                continue;
            }
            switch (row.direction()) {
                case UPGRADE, STAMP -> applied.add(row.revision());
                case DOWNGRADE, UNSTAMP -> applied.remove(row.revision());
                case REPAIR -> { }
            }
        }
        return applied;
    }

    /** The last row that applied {@code revision} or accepted its source: its checksum, who and when. */
    public Optional<HistoryRow> lastApplied(String revision) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            HistoryRow row = rows.get(i);
            if (row.revision().equals(revision) && row.status() == Status.SUCCESS
                    && (row.direction() == Direction.UPGRADE || row.direction() == Direction.STAMP
                    || row.direction() == Direction.REPAIR && row.checksum().isPresent())) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
