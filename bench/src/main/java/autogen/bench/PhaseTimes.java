package autogen.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phases one {@code AUTOGEN_TIMINGS=1} process printed, with its wall time: {@code process} (the whole run),
 * each phase (a phase printed twice, like the spelling of both sides, is summed) and {@code untimed}, the wall
 * time after the last phase ended plus the start before the first began (the JVM, the command line, the output
 * and the exit).
 */
record PhaseTimes(Map<String, Double> millis) {
    static final String PROCESS = "process";
    static final String UNTIMED = "untimed";
    private static final Pattern LINE = Pattern.compile("^timing (\\S+)\\s+(\\d+) ms\\s+\\(ends at (\\d+) ms\\)");

    PhaseTimes {
        millis = Map.copyOf(millis);
    }

    static PhaseTimes of(ProcessTimer.Run run) {
        Map<String, Double> phases = new LinkedHashMap<>();
        phases.put(PROCESS, run.millis());
        double lastEnd = 0;
        for (String line : run.output().lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                phases.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
                lastEnd = Math.max(lastEnd, Double.parseDouble(m.group(3)));
            }
        }
        phases.put(UNTIMED, Math.max(0, run.millis() - lastEnd));
        return new PhaseTimes(phases);
    }

    /** Each phase's values over runs, phases in the order {@code order} gives first, then any others. */
    static Map<String, List<Double>> byPhase(List<PhaseTimes> runs, List<String> order) {
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        order.forEach(p -> phases.put(p, new ArrayList<>()));
        for (PhaseTimes run : runs) {
            run.millis().forEach((phase, ms) -> phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(ms));
        }
        phases.values().removeIf(List::isEmpty);
        return phases;
    }
}
