package autogen.engine;

import autogen.migration.NameText;
import autogen.runner.JavaMigrationSource;
import autogen.runner.MigrationSource;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables and columns a migration's downgrade drops, learnt by running its downgrade against this recorder
 * instead of a database.
 */
final class DowngradeDrops extends NoOperations {
    /** A dropped table, or a dropped column of it. */
    record Drop(QualifiedName table, Optional<String> column) {
        @Override
        public String toString() {
            return column.map(c -> "column " + NameText.of(table) + "." + c).orElse("table " + NameText.of(table));
        }
    }

    private final List<Drop> drops = new ArrayList<>();

    static List<Drop> of(MigrationSource source) {
        DowngradeDrops recorder = new DowngradeDrops();
        if (source instanceof JavaMigrationSource java) {
            java.migration().get().downgrade(recorder);
        }
        return List.copyOf(recorder.drops);
    }

    @Override
    public void dropTable(String table) {
        drops.add(new Drop(NameText.parse(table), Optional.empty()));
    }

    @Override
    public void dropColumn(String table, String column) {
        drops.add(new Drop(NameText.parse(table), Optional.of(column)));
    }
}
