package autogen.rehearse;

import autogen.engine.NoOperations;
import autogen.migration.ColumnChange;
import autogen.migration.ColumnSpec;
import autogen.migration.NameText;
import autogen.runner.JavaMigrationSource;
import autogen.runner.MigrationSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a migration's file declares it does to rows that exist, table by table: its upgrade drops a table or a
 * column, changes a type it flags as narrowing, renumbers an enum; its downgrade fills a column it brings back with
 * a placeholder. Learnt by running a Java migration's code against this recorder; a SQL file's header declares
 * only its hazards, which then stand for every table.
 */
final class DeclaredChanges extends NoOperations {
    private static final List<String> LOSSY = List.of("DELETES_DATA", "NARROWS_TYPE");

    private final Map<String, List<String>> byTable = new LinkedHashMap<>();
    private final boolean narrows;
    private boolean downgrade;

    private DeclaredChanges(boolean narrows) {
        this.narrows = narrows;
    }

    /** What {@code migrations} declare, by table; {@code "*"} holds what a file declares for every table. */
    static Map<String, List<String>> of(List<MigrationSource> migrations) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        for (MigrationSource m : migrations) {
            DeclaredChanges recorder = new DeclaredChanges(m.hazards().contains("NARROWS_TYPE"));
            if (m instanceof JavaMigrationSource java) {
                java.migration().get().upgrade(recorder);
                recorder.downgrade = true;
                java.migration().get().downgrade(recorder);
            } else {
                m.hazards().stream().filter(LOSSY::contains).forEach(h -> recorder.add("*", m.revision()
                        + " records " + h));
            }
            recorder.byTable.forEach((table, what) -> declared.computeIfAbsent(table, t -> new ArrayList<>())
                    .addAll(what));
        }
        return declared;
    }

    /** What was declared of {@code table}, if anything. */
    static Optional<String> of(Map<String, List<String>> declared, String table) {
        List<String> what = new ArrayList<>(declared.getOrDefault(table, List.of()));
        what.addAll(declared.getOrDefault("*", List.of()));
        return what.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", what));
    }

    /**
     * Filed under {@code table} as {@link NameText} spells it, which is how the report names tables: a file may write
     * {@code public.users} or {@code "users"} for the {@code users} the report names.
     */
    private void add(String table, String what) {
        String key = "*".equals(table) ? table : NameText.of(NameText.parse(table));
        byTable.computeIfAbsent(key, t -> new ArrayList<>()).add(what);
    }

    @Override
    public void dropTable(String table) {
        if (!downgrade) {
            add(table, "the upgrade drops table " + table);
        }
    }

    @Override
    public void dropColumn(String table, String column) {
        if (!downgrade) {
            add(table, "the upgrade drops column " + table + "." + column);
        }
    }

    @Override
    public void restoreColumn(String table, ColumnSpec column, String fillExisting) {
        add(table, "the downgrade fills " + table + "." + column.column().name() + " with " + fillExisting);
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        boolean typeChange = List.of(changes).stream().anyMatch(c -> c instanceof ColumnChange.SetType);
        if (typeChange && narrows && !downgrade) {
            add(table, "the upgrade narrows " + table + "." + column);
        }
    }

    @Override
    public void remapOrdinals(String table, String column, List<String> before, List<String> after) {
        add(table, "the " + (downgrade ? "downgrade" : "upgrade") + " renumbers " + table + "." + column);
    }
}
