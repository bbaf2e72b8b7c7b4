package autogen.codegen.format;

import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.runner.DbmateHistory;
import autogen.runner.ToolEntry;
import autogen.runner.ToolHistory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbmate: {@code <revision>_<slug>.sql} (the revision is a UTC {@code YYYYMMDDHHMMSS}) with a {@code -- migrate:up}
 * and a {@code -- migrate:down} section, {@code transaction:false} on a section that may not run in a transaction. A
 * migration in several parts numbers them after the revision ({@code <revision>01_<slug>.sql}, ...): dbmate's
 * version is the file name's digits, and it orders files by name, so the parts run in order and before any later
 * revision.
 */
final class DbmateFormat extends SqlFormat {
    private static final Pattern FILE = Pattern.compile("(\\d{14})(\\d*)_(.+)\\.sql");
    private static final String UP = "-- migrate:up";
    private static final String DOWN = "-- migrate:down";
    private static final String NO_TRANSACTION = " transaction:false";

    DbmateFormat() {
        super(FILE);
    }

    @Override
    public String conventionalFolder() {
        return "db/migrations";
    }

    @Override
    public String name() {
        return "dbmate";
    }

    @Override
    String howToRun() {
        return "run dbmate up (or autogen upgrade head)";
    }

    @Override
    Map<String, String> files(MigrationMeta meta, List<String> header, List<Part> parts, Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        String slug = MigrationWriter.slug(meta.message());
        int width = Math.max(2, Integer.toString(parts.size()).length());
        for (int i = 0; i < parts.size(); i++) {
            String version = meta.revision() + (parts.size() == 1 ? "" : String.format("%0" + width + "d", i + 1));
            Part part = parts.get(i);
            StringBuilder text = new StringBuilder();
            top(header, meta, i, parts.size()).forEach(line -> text.append(line).append('\n'));
            text.append('\n').append(section(UP, part.up())).append('\n').append(section(DOWN, part.down()));
            files.put(version + "_" + slug + ".sql", text.toString());
        }
        return files;
    }

    private static String section(String marker, List<SqlItem> items) {
        return marker + (Part.inTransaction(items) ? "" : NO_TRANSACTION) + "\n" + Part.text(items);
    }

    @Override
    String revisionOf(Path file) {
        return matcher(file).group(1);
    }

    @Override
    List<PartText> parts(List<Path> files, Map<Path, String> texts) {
        List<PartText> parts = new ArrayList<>();
        for (Path file : files) {
            String text = texts.get(file);
            List<String> lines = text.lines().toList();
            int up = marker(lines, UP, file);
            int down = marker(lines, DOWN, file);
            if (down < up) {
                throw malformed(file, "has its '" + DOWN + "' section before its '" + UP + "' section");
            }
            Matcher m = matcher(file);
            parts.add(new PartText(file, String.join("\n", lines.subList(up + 1, down)),
                    String.join("\n", lines.subList(down + 1, lines.size())),
                    new ToolEntry(m.group(1) + m.group(2), m.group(3), file.getFileName().toString(),
                            OptionalInt.empty())));
        }
        return parts;
    }

    private static int marker(List<String> lines, String marker, Path file) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(marker) || lines.get(i).startsWith(marker + " ")) {
                return i;
            }
        }
        throw malformed(file, "has no '" + marker + "' line: dbmate needs both sections");
    }

    @Override
    ToolHistory history() {
        return new DbmateHistory();
    }

    private static Matcher matcher(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw malformed(file, "is not named as dbmate names a migration (<YYYYMMDDHHMMSS>_<name>.sql)");
        }
        return m;
    }
}
