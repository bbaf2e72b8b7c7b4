package autogen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded baseline of a warm {@code check}'s phases: for each size and phase the median, lowest and highest of
 * its runs, one tab-separated line each. A later measurement is compared with it phase by phase; a phase moved
 * when its median differs by more than the noise: 15 % of the baseline (this machine's speed drifts by about 10 %
 * between runs of the same code), 10 ms, and half the wider spread of the two, whichever is largest.
 */
record PhaseBaseline(Map<Integer, Map<String, Figure>> sizes) {
    /** One phase's figure: median, lowest and highest run, and how many runs. */
    record Figure(double median, double low, double high, int runs) {
        static Figure of(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            return new Figure(Samples.processes(values).median(), sorted.get(0), sorted.get(sorted.size() - 1),
                    sorted.size());
        }

        /** How far {@code now}'s median may lie from this one's before the phase counts as moved. */
        double noise(Figure now) {
            return Math.max(Math.max(10, 0.15 * median), Math.max(high - low, now.high() - now.low()) / 2);
        }
    }

    static PhaseBaseline read(Path file) throws IOException {
        Map<Integer, Map<String, Figure>> sizes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            sizes.computeIfAbsent(Integer.parseInt(f[0]), k -> new LinkedHashMap<>()).put(f[1],
                    new Figure(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                            Integer.parseInt(f[5])));
        }
        return new PhaseBaseline(sizes);
    }

    void write(Path file, String comment) throws IOException {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n')
                .append("# size\tphase\tmedian ms\tlowest ms\thighest ms\truns\n");
        sizes.forEach((size, phases) -> phases.forEach((phase, f) -> text.append(String.format(
                java.util.Locale.ROOT, "%d\t%s\t%.0f\t%.0f\t%.0f\t%d%n", size, phase, f.median(), f.low(),
                f.high(), f.runs()))));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The comparison of {@code now} with this baseline at one size, as a Markdown table; moved phases flagged. */
    void compare(int size, Map<String, Figure> now, Report report) {
        Map<String, Figure> before = sizes.getOrDefault(size, Map.of());
        report.line("| phase | baseline | now | change | verdict |").line("| --- | ---: | ---: | ---: | --- |");
        List<String> phases = new ArrayList<>(before.keySet());
        now.keySet().stream().filter(p -> !before.containsKey(p)).forEach(phases::add);
        for (String phase : phases) {
            Figure was = before.get(phase);
            Figure is = now.get(phase);
            if (was == null || is == null) {
                report.line("| " + phase + " | " + (was == null ? "-" : Samples.format(was.median())) + " | "
                        + (is == null ? "-" : Samples.format(is.median())) + " | | "
                        + (was == null ? "new phase" : "gone") + " |");
                continue;
            }
            double change = is.median() - was.median();
            String verdict = Math.abs(change) <= was.noise(is) ? "within noise"
                    : change > 0 ? "**SLOWER**" : "faster";
            report.line(String.format("| %s | %s | %s | %+.0f ms (%+.0f %%) | %s |", phase,
                    range(was), range(is), change,
                    100 * change / Math.max(1, was.median()), verdict));
        }
        report.line("");
    }

    private static String range(Figure f) {
        return Samples.format(f.median()) + " (" + Samples.format(f.low()) + " to " + Samples.format(f.high()) + ")";
    }

    /** Whether any phase at any size moved beyond the noise towards slower. */
    boolean slower(Map<Integer, Map<String, Figure>> now) {
        return now.entrySet().stream().anyMatch(e -> e.getValue().entrySet().stream().anyMatch(p -> {
            Figure was = sizes.getOrDefault(e.getKey(), Map.of()).get(p.getKey());
            return was != null && p.getValue().median() - was.median() > was.noise(p.getValue());
        }));
    }
}
