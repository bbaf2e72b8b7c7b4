package autogen.codegen.format;

import autogen.codegen.MigrationMeta;
import autogen.codegen.StepComments;
import autogen.codegen.java.StepStatements;
import autogen.diff.MigrationPlan;
import autogen.migration.Statement;
import autogen.runner.AutogenException;
import autogen.runner.Checksum;
import autogen.runner.Failure;
import autogen.runner.MigrationSource;
import autogen.runner.SqlMigrationSource;
import autogen.runner.ToolEntry;
import autogen.runner.ToolHistory;
import autogen.runner.ToolRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the three SQL formats share: the statements of each step from {@link StepStatements}, the header and
 * comments of {@link SqlText} and {@link SqlItem}, the split into {@link Part}s, and reading a folder back, each
 * migration's files grouped by revision. Each format lays its parts out in its own files and sections.
 */
abstract class SqlFormat implements MigrationFormat {
    /** One part of a migration as read back: its file, its upgrade and downgrade text, its row in the tool's table. */
    record PartText(Path file, String up, String down, ToolEntry entry) {
    }

    /** How this format's files are named. */
    private final Pattern fileName;

    SqlFormat(Pattern fileName) {
        this.fileName = fileName;
    }

    @Override
    public final boolean holds(Path file) {
        return fileName.matcher(file.getFileName().toString()).matches();
    }

    /** The lines at the top of part {@code index} of {@code count}: the header in the first, one line in the others. */
    static List<String> top(List<String> header, MigrationMeta meta, int index, int count) {
        return index == 0 ? header : List.of("-- Part " + (index + 1) + " of " + count + " of revision "
                + meta.revision() + ": " + SqlText.escape(meta.message()));
    }

    @Override
    public final Map<String, String> render(MigrationMeta meta, MigrationPlan plan, Path folder) {
        StepStatements.Steps steps = StepStatements.of(plan);
        List<SqlItem> up = SqlItem.of(StepComments.upgrade(plan), steps.up());
        List<SqlItem> down = SqlItem.of(StepComments.downgrade(plan), steps.down());
        return files(meta, SqlText.header(meta, plan, howToRun()), Part.of(up, down), folder);
    }

    /** The files of a migration's parts, by name. */
    abstract Map<String, String> files(MigrationMeta meta, List<String> header, List<Part> parts, Path folder);

    /** What the header tells a reviewer to run, e.g. {@code flyway migrate}. */
    abstract String howToRun();

    /** The revision a file of this format belongs to, from its name. */
    abstract String revisionOf(Path file);

    /** The parts of one migration from its files, in the order they are applied. */
    abstract List<PartText> parts(List<Path> files, Map<Path, String> texts);

    /** The table the tool keeps its history in. */
    abstract ToolHistory history();

    @Override
    public final List<MigrationSource> load(Path folder, Optional<Path> cache) {
        Map<String, List<Path>> byRevision = new TreeMap<>();
        Map<Path, String> texts = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(this::holds).sorted().toList()) {
                texts.put(file, read(file));
                byRevision.computeIfAbsent(revisionOf(file), r -> new ArrayList<>()).add(file);
            }
        } catch (IOException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read migrations folder " + folder + ": " + e);
        }
        List<MigrationSource> sources = new ArrayList<>();
        byRevision.values().forEach(files -> sources.add(source(files, texts)));
        return sources;
    }

    private MigrationSource source(List<Path> files, Map<Path, String> texts) {
        List<PartText> parts = parts(files, texts);
        List<Statement> up = new ArrayList<>();
        List<Statement> down = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            up.addAll(SqlStatements.read(parts.get(i).up()));
            down.addAll(SqlStatements.read(parts.get(parts.size() - 1 - i).down()));
        }
        Path first = parts.get(0).file();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        files.forEach(f -> all.writeBytes(texts.get(f).getBytes(StandardCharsets.UTF_8)));
        SqlMigrationSource.Identity identity = SqlHeader.read(texts.get(first), first);
        return new SqlMigrationSource(identity, first, Checksum.of(all.toByteArray()), up, down,
                Optional.of(new ToolRecord(history(), parts.stream().map(PartText::entry).toList())));
    }

    /** Refuses a file that does not belong: one line naming it and what is wrong. */
    static AutogenException malformed(Path file, String what) {
        return new AutogenException(Failure.BAD_INPUT, "migration file " + file.getFileName() + " " + what);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw malformed(file, "cannot be read as UTF-8 text: " + e.getMessage());
        }
    }
}
