package autogen.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The benchmark's command-line options. */
record BenchOptions(List<Integer> sizes, int runs, long seed, Duration liquibaseLimit, Duration peerLimit,
                    Set<String> skip, Optional<Path> repo) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar [options]
              --sizes 100,1000,5000     entity counts (default 100,1000,5000)
              --runs R                  runs per figure; medians (default 5)
              --quick                   sizes 100, 1 run, Liquibase limited to 60 s
              --liquibase-limit SEC     time limit of one Liquibase diff; past it the peer is skipped (default 600)
              --peer-limit SEC          time limit of any other process run (default 600)
              --skip a,b                leave out: liquibase, hibernate, processes, psql, shadow, history
              --seed N                  seed of the synthetic models (default 42)
              --repo DIR                the autogen checkout (default: found from the jar's location)
            """;

    static BenchOptions parse(String[] args) {
        List<Integer> sizes = List.of(100, 1000, 5000);
        int runs = 5;
        long seed = 42;
        Duration liquibase = Duration.ofSeconds(600);
        Duration peer = Duration.ofSeconds(600);
        Set<String> skip = Set.of();
        Optional<Path> repo = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--quick" -> {
                    sizes = List.of(100);
                    runs = 1;
                    liquibase = Duration.ofSeconds(60);
                }
                case "--liquibase-limit" -> liquibase = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--peer-limit" -> peer = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--skip" -> skip = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .collect(Collectors.toSet());
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--repo" -> repo = Optional.of(Path.of(args[++i]));
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    System.exit(0);
                }
                default -> {
                    System.err.print("bench: unknown option " + arg + "\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        return new BenchOptions(sizes, runs, seed, liquibase, peer, skip, repo);
    }

    boolean runs(String part) {
        return !skip.contains(part);
    }
}
