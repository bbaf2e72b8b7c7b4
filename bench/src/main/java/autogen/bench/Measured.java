package autogen.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The successful runs of one command, and the run that failed or timed out, if one did. */
record Measured(List<ProcessTimer.Run> runs, ProcessTimer.Run failure, Duration limit) {
    /** Whole-process wall times; a run stopped at the limit leaves the limit as a lower bound. */
    Samples total() {
        if (runs.isEmpty()) {
            if (failure != null && failure.timedOut()) {
                return Samples.processes(List.of((double) limit.toMillis())).withNote("> limit");
            }
            return Samples.missing(failure == null ? "not run" : "failed");
        }
        return Samples.processes(runs.stream().map(ProcessTimer.Run::millis).toList());
    }

    /** A time the process printed about itself ({@code RESULT name 0 ms}), one per run. */
    Samples result(String name) {
        List<Double> values = runs.stream().map(r -> r.results().get(name)).filter(v -> v != null)
                .map(v -> v.get(0)).toList();
        return values.isEmpty() ? Samples.missing("n/a") : Samples.processes(values);
    }

    Optional<String> info(String name) {
        return runs.isEmpty() ? Optional.empty() : Optional.ofNullable(runs.get(0).infos().get(name));
    }
}
