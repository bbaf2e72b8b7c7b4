package autogen.runner;

import java.util.List;
import java.util.Set;

/** Where a migration in a tool's format is kept in that tool's history: the table and its rows for the migration. */
public record ToolRecord(ToolHistory history, List<ToolEntry> entries) {
    public ToolRecord {
        entries = List.copyOf(entries);
    }

    /** Whether the tool counts the migration as applied: every one of its rows is there. */
    boolean appliedIn(Set<String> keys) {
        return entries.stream().allMatch(e -> keys.contains(e.key()));
    }
}
