package autogen.codegen.format;

import autogen.codegen.MigrationMeta;
import autogen.codegen.files.MigrationWriter;
import autogen.runner.LiquibaseHistory;
import autogen.runner.ToolEntry;
import autogen.runner.ToolHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Liquibase: one formatted-SQL changelog per migration, {@code <revision>_<slug>.sql}, with a changeset per part
 * ({@code autogen:<revision>}, or {@code autogen:<revision>-1}, ...), its downgrade in {@code --rollback} lines and
 * {@code runInTransaction:false} where a part may not run in a transaction; the master changelog
 * {@code changelog.xml} includes them in order.
 */
final class LiquibaseFormat extends SqlFormat {
    static final String MASTER = "changelog.xml";
    private static final Pattern FILE = Pattern.compile("(\\d{14})_(.+)\\.sql");
    private static final Pattern CHANGESET = Pattern.compile("--changeset " + LiquibaseHistory.AUTHOR + ":(\\S+).*");
    private static final String ROLLBACK = "--rollback ";

    LiquibaseFormat() {
        super(FILE);
    }

    @Override
    public String conventionalFolder() {
        return "src/main/resources/db/changelog";
    }

    @Override
    public String name() {
        return "liquibase";
    }

    @Override
    String howToRun() {
        return "run liquibase update with " + MASTER + " (or autogen upgrade head)";
    }

    @Override
    Map<String, String> files(MigrationMeta meta, List<String> header, List<Part> parts, Path folder) {
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
        header.forEach(line -> text.append(line).append('\n'));
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            boolean inTransaction = Part.inTransaction(part.up()) && Part.inTransaction(part.down());
            text.append("\n--changeset ").append(LiquibaseHistory.AUTHOR).append(':').append(meta.revision())
                    .append(parts.size() == 1 ? "" : "-" + (i + 1)).append(inTransaction ? "" : " runInTransaction:false")
                    .append('\n');
            text.append(part.up().isEmpty() ? "-- nothing to apply: this changeset holds a run of the downgrade\n"
                    : Part.text(part.up()));
            String down = part.down().isEmpty() ? "-- nothing to revert: another changeset's rollback reverts it\n"
                    : Part.text(part.down());
            down.lines().forEach(line -> text.append(ROLLBACK).append(line).append('\n'));
        }
        String name = meta.revision() + "_" + MigrationWriter.slug(meta.message()) + ".sql";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name, text.toString());
        files.put(MASTER, master(folder, name));
        return files;
    }

    /** The master changelog: every changelog of the folder and the new one, in the order of their revisions. */
    private String master(Path folder, String added) {
        TreeSet<String> names = new TreeSet<>(List.of(added));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(this::holds).forEach(f -> names.add(f.getFileName().toString()));
            } catch (IOException e) {
                throw malformed(folder, "cannot be listed: " + e.getMessage());
            }
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- Written by autogen: each migration's formatted-SQL changelog, oldest first. -->\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n");
        names.forEach(n -> xml.append("    <include file=\"").append(n).append("\" relativeToChangelogFile=\"true\"/>\n"));
        return xml.append("</databaseChangeLog>\n").toString();
    }

    @Override
    String revisionOf(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw malformed(file, "is not named as autogen names a changelog (<YYYYMMDDHHMMSS>_<name>.sql)");
        }
        return m.group(1);
    }

    @Override
    List<PartText> parts(List<Path> files, Map<Path, String> texts) {
        Path file = files.get(0);
        List<String> lines = texts.get(file).lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase("--liquibase formatted sql")) {
            throw malformed(file, "does not start with '--liquibase formatted sql'");
        }
        List<PartText> parts = new ArrayList<>();
        String id = null;
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            Matcher changeset = CHANGESET.matcher(line);
            if (changeset.matches()) {
                add(parts, file, id, up, down);
                id = changeset.group(1);
                up.setLength(0);
                down.setLength(0);
            } else if (id != null) {
                (line.startsWith(ROLLBACK) ? down.append(line.substring(ROLLBACK.length())) : up.append(line))
                        .append('\n');
            }
        }
        add(parts, file, id, up, down);
        if (parts.isEmpty()) {
            throw malformed(file, "has no '--changeset " + LiquibaseHistory.AUTHOR + ":<id>' line");
        }
        return parts;
    }

    private static void add(List<PartText> parts, Path file, String id, StringBuilder up, StringBuilder down) {
        if (id != null) {
            parts.add(new PartText(file, up.toString(), down.toString(), new ToolEntry(id, "sql",
                    file.getFileName().toString(), OptionalInt.empty())));
        }
    }

    @Override
    ToolHistory history() {
        return new LiquibaseHistory();
    }
}
