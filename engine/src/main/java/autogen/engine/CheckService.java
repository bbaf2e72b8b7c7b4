package autogen.engine;

import autogen.diff.MigrationPlan;
import java.util.Optional;

/** What {@code check} does: compares the entities with the schema and, with a database, that database with its migrations. */
public final class CheckService {
    /** The comparison, and with a database the changes made to it outside its migrations. */
    public record Check(DiffService.Result result, Optional<DriftService.Drift> drift) {
        /**
         * What a migration would still have to do: a change made by hand that the entities and the migrations agree
         * against is reported once, as drift, not again as a difference.
         */
        public MigrationPlan differences() {
            return drift.map(DriftService.Drift::differences).orElse(result.plan());
        }

        public boolean inSync() {
            return differences().isEmpty() && drift.isEmpty();
        }
    }

    public Check check(Settings settings, boolean renameToConvention) {
        DiffService.Result result = new DiffService().diff(settings,
                RevisionHints.renamingToConvention(renameToConvention),
                graph -> graph.singleHead("autogen merge -m \"Merge\" joins them, then check compares one schema"));
        Optional<DriftService.Drift> drift = Timings.measure("drift", () -> new DriftService().drift(settings,
                result));
        return new Check(result, drift);
    }
}
