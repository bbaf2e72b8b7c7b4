package autogen.runner;

import java.util.List;

/**
 * What {@code verify} finds: applied migrations whose source changed since, revisions the history records as
 * applied that no file has, and applied revisions without a recorded checksum (recorded before autogen kept one).
 */
public record Verification(List<Mismatch> mismatches, List<String> missing, List<String> unchecked) {
    public Verification {
        mismatches = List.copyOf(mismatches);
        missing = List.copyOf(missing);
        unchecked = List.copyOf(unchecked);
    }

    /** An applied migration whose source's checksum is not the one recorded when it was applied. */
    public record Mismatch(MigrationSource source, String recorded) {
    }

    public boolean clean() {
        return mismatches.isEmpty() && missing.isEmpty();
    }
}
