package autogen.codegen.format;

import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.runner.FlywayHistory;
import autogen.runner.ToolEntry;
import autogen.runner.ToolHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Flyway: {@code V<revision>__<slug>.sql} and its undo {@code U<revision>__<slug>.sql}; a migration in several parts
 * has versions {@code <revision>.1}, {@code <revision>.2}, ... A part that may not run in a transaction says so with
 * Flyway's script configuration comment.
 */
final class FlywayFormat extends SqlFormat {
    private static final Pattern FILE = Pattern.compile("([VU])(\\d+)(?:\\.(\\d+))?__(.+)\\.sql");
    static final String NO_TRANSACTION = "-- flyway:executeInTransaction=false";

    FlywayFormat() {
        super(FILE);
    }

    @Override
    public String conventionalFolder() {
        return "src/main/resources/db/migration";
    }

    @Override
    public String name() {
        return "flyway";
    }

    @Override
    String howToRun() {
        return "run flyway migrate (or autogen upgrade head)";
    }

    @Override
    Map<String, String> files(MigrationMeta meta, List<String> header, List<Part> parts, Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        String slug = MigrationWriter.slug(meta.message());
        for (int i = 0; i < parts.size(); i++) {
            String version = meta.revision() + (parts.size() == 1 ? "" : "." + (i + 1));
            Part part = parts.get(i);
            files.put("V" + version + "__" + slug + ".sql", script(top(header, meta, i, parts.size()), part.up()));
            files.put("U" + version + "__" + slug + ".sql", script(List.of("-- Undoes V" + version + "__" + slug
                    + ".sql" + (part.down().isEmpty() ? ": nothing, another part's undo reverts this migration" : ""),
                    SqlText.MARK + "revision " + meta.revision()), part.down()));
        }
        return files;
    }

    private static String script(List<String> top, List<SqlItem> items) {
        StringBuilder text = new StringBuilder();
        if (!Part.inTransaction(items)) {
            text.append(NO_TRANSACTION).append('\n');
        }
        top.forEach(line -> text.append(line).append('\n'));
        return text.append('\n').append(Part.text(items)).toString();
    }

    @Override
    String revisionOf(Path file) {
        return matcher(file).group(2);
    }

    @Override
    List<PartText> parts(List<Path> files, Map<Path, String> texts) {
        Map<String, Path> undo = new LinkedHashMap<>();
        List<Path> versioned = new ArrayList<>();
        for (Path file : files) {
            Matcher m = matcher(file);
            if (m.group(1).equals("U")) {
                undo.put(version(m), file);
            } else {
                versioned.add(file);
            }
        }
        if (versioned.isEmpty()) {
            throw malformed(files.get(0), "is an undo without its V file");
        }
        versioned.sort(Comparator.comparingInt(f -> matcher(f).group(3) == null ? 0
                : Integer.parseInt(matcher(f).group(3))));
        List<PartText> parts = new ArrayList<>();
        for (Path file : versioned) {
            Matcher m = matcher(file);
            Path undoFile = undo.get(version(m));
            String text = texts.get(file);
            parts.add(new PartText(file, text, undoFile == null ? "" : texts.get(undoFile),
                    new ToolEntry(version(m), m.group(4).replace('_', ' '), file.getFileName().toString(),
                            OptionalInt.of(checksum(text)))));
        }
        return parts;
    }

    @Override
    ToolHistory history() {
        return new FlywayHistory();
    }

    /** Flyway's checksum: CRC32 over the UTF-8 bytes of each line without its line ending, a leading BOM left out. */
    static int checksum(String text) {
        CRC32 crc = new CRC32();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    private static String version(Matcher m) {
        return m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
    }

    private static Matcher matcher(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw malformed(file, "is not named as Flyway names a versioned or undo script (V<version>__<name>.sql)");
        }
        return m;
    }
}
