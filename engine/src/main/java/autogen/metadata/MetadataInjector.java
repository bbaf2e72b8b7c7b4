package autogen.metadata;

import autogen.migration.sql.TriggerSql;
import autogen.diff.SchemaFilter;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds the metadata columns and the {@code updated_at} trigger to the entities' model, so that no entity
 * and no migration has to spell them out. A column the entity declares itself wins.
 */
public final class MetadataInjector {
    private final MetadataSettings settings;

    public MetadataInjector(MetadataSettings settings) {
        this.settings = settings;
    }

    /** The entities' model with the metadata; unchanged when the feature is off. */
    public Schema inject(Schema entities) {
        if (!settings.enabled()) {
            return entities;
        }
        List<Table> tables = entities.tables().stream().map(t -> excluded(t) ? t : inject(t)).toList();
        boolean triggered = tables.stream().anyMatch(t -> !t.triggers().isEmpty());
        List<TriggerFunction> functions = new ArrayList<>(entities.functions());
        if (triggered) {
            functions.add(new TriggerFunction(settings.function(), TriggerSql.updatedAtBody(settings.updatedColumn())));
        }
        return new Schema(entities.namespaces(), entities.enums(), tables, entities.sequences(), functions,
                entities.ordinals(), entities.origins());
    }

    /**
     * With the feature off, what it added to the database is neither reported nor dropped: its columns (where
     * the entity does not declare them), its triggers and its function are left out of the current model.
     */
    public Schema hideWhenDisabled(Schema current, Schema entities) {
        if (settings.enabled()) {
            return current;
        }
        Set<String> metadataColumns = settings.columns().stream().map(Column::name).collect(Collectors.toSet());
        Map<QualifiedName, Set<String>> declaredByTable = entities.tables().stream().collect(Collectors.toMap(
                Table::name, e -> e.columns().stream().map(Column::name).collect(Collectors.toSet())));
        List<Table> tables = current.tables().stream().map(t -> {
            Set<String> declared = declaredByTable.getOrDefault(t.name(), Set.of());
            return t.withColumns(t.columns().stream()
                    .filter(c -> !metadataColumns.contains(c.name()) || declared.contains(c.name())).toList())
                    .withTriggers(t.triggers().stream().filter(x -> !isOurs(x)).toList());
        }).toList();
        return new Schema(current.namespaces(), current.enums(), tables, current.sequences(),
                current.functions().stream().filter(f -> !f.name().equals(settings.function())).toList(),
                current.ordinals(), current.origins());
    }

    /** {@code table} with the metadata columns it lacks and, with an updated-at column, the trigger; built once. */
    private Table inject(Table table) {
        Set<String> names = new HashSet<>();
        for (Column column : table.columns()) {
            names.add(column.name());
        }
        List<Column> columns = new ArrayList<>(table.columns());
        for (Column metadata : settings.columns()) {
            if (names.add(metadata.name())) {
                columns.add(metadata);
            }
        }
        List<Trigger> triggers = table.triggers();
        if (names.contains(settings.updatedColumn()) && triggers.stream().noneMatch(this::isOurs)) {
            triggers = new ArrayList<>(triggers);
            triggers.add(new Trigger(settings.trigger(), settings.function()));
        }
        return new Table(table.name(), columns, table.primaryKey(), table.foreignKeys(), table.uniqueConstraints(),
                table.indexes(), table.checks(), table.comment(), triggers);
    }

    private boolean isOurs(Trigger trigger) {
        return trigger.name().equals(settings.trigger()) && trigger.function().equals(settings.function());
    }

    private boolean excluded(Table table) {
        return settings.excludeTables().stream().anyMatch(p -> SchemaFilter.matches(p, table.name()));
    }
}
