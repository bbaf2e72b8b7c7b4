package autogen.runner;

import autogen.migration.Rerun;
import autogen.migration.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Whether a migration that runs in parts and did not finish can be taken up where it stopped, judged from what the
 * history and the database say, not from hope: every statement before {@code stepsDone} is done (a part's
 * transaction records its progress as it commits); only the statement at {@code stepsDone}, when it runs outside a
 * transaction, may have run without the history knowing, and its {@link Rerun} says how to tell.
 */
record Resumption(HistoryRow interrupted) {
    /** The first statement not recorded as done. */
    int from() {
        return interrupted.stepsDone();
    }

    /**
     * Whether, should its run stop inside {@code statement}, the next run can tell what to do: a transaction's part
     * committed with its progress or left nothing, and a statement outside one says how to judge it.
     */
    static boolean judged(Statement statement) {
        return statement.transactional() || !(statement.rerun() instanceof Rerun.Unknown);
    }

    /** The statement in doubt and what to say when nothing can tell whether it ran; empty when it can be resumed. */
    static Optional<String> refusal(HistoryRow interrupted, List<Statement> statements) {
        int done = interrupted.stepsDone();
        if (done < 0) {
            return Optional.of("it was undoing its statements when it stopped, which the history does not record"
                    + " statement by statement");
        }
        if (done > statements.size()) {
            return Optional.of("the history records " + done + " statements done, and it has " + statements.size());
        }
        if (done == statements.size() || judged(statements.get(done))) {
            return Optional.empty();
        }
        return Optional.of("statement " + (done + 1) + " of " + statements.size() + " ("
                + MigrationRunner.firstLine(statements.get(done).sql()) + ") runs outside a transaction and nothing"
                + " tells whether it finished");
    }

    /** What the row that takes it up says. */
    String detail(int statements) {
        return "resumes the " + interrupted.direction().sql() + " of row " + interrupted.id() + " after statement "
                + from() + " of " + statements;
    }

    /** What the interrupted row says once taken up. */
    String stoppedDetail(long resumedBy, int statements) {
        String why = interrupted.detail().filter(d -> !d.equals(StepRun.RUNS_IN_PARTS)).orElse("its process ended");
        return "stopped after statement " + from() + " of " + statements + " (" + why + "); row " + resumedBy
                + " resumed it";
    }
}
