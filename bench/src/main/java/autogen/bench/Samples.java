package autogen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The times of one figure over its runs: the first run (cold) and the median. For in-process phases the first
 * run is the JVM's first and the median is over the warm runs after it; for processes every run is a fresh
 * JVM and the median is over all of them. A figure whose run hit the time limit holds that limit as a bound.
 */
record Samples(List<Double> values, boolean medianSkipsFirst, Optional<String> note) {
    Samples {
        values = List.copyOf(values);
    }

    static Samples processes(List<Double> values) {
        return new Samples(values, false, Optional.empty());
    }

    static Samples inProcess(List<Double> values) {
        return new Samples(values, values.size() > 1, Optional.empty());
    }

    static Samples missing(String why) {
        return new Samples(List.of(), false, Optional.of(why));
    }

    Samples withNote(String text) {
        return new Samples(values, medianSkipsFirst, Optional.of(text));
    }

    boolean present() {
        return !values.isEmpty();
    }

    double first() {
        return values.get(0);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(medianSkipsFirst ? values.subList(1, values.size()) : values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The difference of two figures' medians and first runs (never below zero), e.g. process minus JVM start. */
    Samples minus(Samples other) {
        if (!present() || !other.present()) {
            return missing("n/a");
        }
        return new Samples(List.of(Math.max(0, first() - other.first()), Math.max(0, median() - other.median())),
                true, Optional.empty());
    }

    /** The sum of figures' medians and first runs. */
    static Samples sum(List<Samples> parts) {
        if (parts.stream().anyMatch(p -> !p.present())) {
            return missing("n/a");
        }
        double first = parts.stream().mapToDouble(Samples::first).sum();
        double median = parts.stream().mapToDouble(Samples::median).sum();
        return new Samples(List.of(first, median), true, Optional.empty());
    }

    static String format(double millis) {
        if (millis >= 10_000) {
            return String.format("%.1f s", millis / 1000);
        }
        if (millis >= 1000) {
            return String.format("%.2f s", millis / 1000);
        }
        return millis >= 10 ? String.format("%.0f ms", millis) : String.format("%.1f ms", millis);
    }
}
