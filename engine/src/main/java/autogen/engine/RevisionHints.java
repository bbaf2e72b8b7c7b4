package autogen.engine;

import autogen.diff.RenameCandidates;
import java.util.List;
import java.util.Objects;

/**
 * What a revision is told beyond the entities: whether to rename unnamed objects to the naming convention, the
 * {@code --rename}, {@code --backfill} and {@code --drop-unstated} hints as the user wrote them, whether to write
 * lock-safe DDL (off with {@code --no-online}), and who answers when a drop and an add look like a rename.
 */
public record RevisionHints(boolean renameToConvention, List<String> renames, List<String> backfills,
                            List<String> dropUnstated, boolean online, RenameQuestion question) {
    public static final RevisionHints NONE = renamingToConvention(false);

    public RevisionHints {
        renames = List.copyOf(renames);
        backfills = List.copyOf(backfills);
        dropUnstated = List.copyOf(dropUnstated);
        Objects.requireNonNull(question, "question");
    }

    public static RevisionHints renamingToConvention(boolean renameToConvention) {
        return new RevisionHints(renameToConvention, List.of(), List.of(), List.of(), true, RenameQuestion.NEVER);
    }

    /** Asks whether a drop and an add are a rename; on a terminal, the user. */
    @FunctionalInterface
    public interface RenameQuestion {
        /** No one to ask: every such pair stays a drop and an add, with a note. */
        RenameQuestion NEVER = candidate -> false;

        boolean isRename(RenameCandidates.Candidate candidate);
    }
}
