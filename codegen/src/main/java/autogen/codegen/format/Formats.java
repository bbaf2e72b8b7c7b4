package autogen.codegen.format;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The migration formats by name, and the one a migrations folder is in. */
public final class Formats {
    /** autogen's own, the default. */
    public static final MigrationFormat JAVA = new JavaFormat();
    private static final MigrationFormat LIQUIBASE = new LiquibaseFormat();
    private static final List<MigrationFormat> ALL = List.of(JAVA, new FlywayFormat(), new DbmateFormat(), LIQUIBASE);

    private Formats() {
    }

    /** Every format, Java first. */
    public static List<MigrationFormat> all() {
        return ALL;
    }

    /** @throws AutogenException {@link Failure#BAD_INPUT} naming the unknown format and the known ones */
    public static MigrationFormat named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name.trim())).findFirst().orElseThrow(() ->
                new AutogenException(Failure.BAD_INPUT, "unknown migration format '" + name + "': use "
                        + ALL.stream().map(MigrationFormat::name).collect(Collectors.joining(", "))));
    }

    /**
     * The format of {@code folder}: the one its files are in, else {@code configured}, else Java. A folder keeps one
     * format: autogen does not mix them, nor convert a history.
     *
     * @throws AutogenException {@link Failure#BAD_INPUT} when the folder holds files of several formats, or of
     *     another format than {@code configured}
     */
    public static MigrationFormat of(Path folder, Optional<MigrationFormat> configured) {
        Optional<MigrationFormat> found = inFolder(folder);
        if (found.isPresent() && configured.isPresent() && found.get() != configured.get()) {
            throw new AutogenException(Failure.BAD_INPUT, "the migrations folder " + folder + " holds "
                    + found.get().name() + " migrations, not " + configured.get().name() + ": a folder keeps one"
                    + " format (set format=" + found.get().name() + ", or start a new folder)");
        }
        return found.or(() -> configured).orElse(JAVA);
    }

    private static Optional<MigrationFormat> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        if (Files.exists(folder.resolve(LiquibaseFormat.MASTER))) {
            return Optional.of(LIQUIBASE);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            List<MigrationFormat> present = ALL.stream().filter(f -> f != LIQUIBASE)
                    .filter(f -> all.stream().anyMatch(f::holds)).toList();
            if (present.size() > 1) {
                throw new AutogenException(Failure.BAD_INPUT, "the migrations folder " + folder + " holds "
                        + present.stream().map(MigrationFormat::name).collect(Collectors.joining(" and "))
                        + " migration files: keep one format per folder");
            }
            return present.stream().findFirst();
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read migrations folder " + folder + ": " + e);
        }
    }
}
