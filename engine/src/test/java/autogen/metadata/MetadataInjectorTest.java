package autogen.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.runner.AutogenException;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.Trigger;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MetadataInjectorTest {
    private static Table table(String name, Column... columns) {
        return new Table(QualifiedName.of(name), List.of(columns), Optional.empty(), List.of(), List.of(), List.of());
    }

    private static MetadataSettings settings(String... keyValues) {
        Properties file = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            file.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return MetadataSettings.from(file);
    }

    @Test
    void theDefaultsAreTheGuidelinesColumns() {
        MetadataSettings defaults = settings();
        assertTrue(defaults.enabled());
        assertEquals(List.of(
                new Column("is_active", "boolean", false, Optional.of("true"), autogen.schema.Identity.NONE),
                new Column("is_flagged", "boolean", false, Optional.of("false"), autogen.schema.Identity.NONE),
                Column.of("notes", "text"),
                new Column("created_at", "timestamptz", false, Optional.of("now()"), autogen.schema.Identity.NONE),
                new Column("updated_at", "timestamptz", false, Optional.of("now()"), autogen.schema.Identity.NONE)),
                defaults.columns());
        assertEquals("update_timestamp", defaults.trigger());
        assertEquals(QualifiedName.of("set_updated_at"), defaults.function());
    }

    @Test
    void columnsAreAppendedAfterTheEntitysOwnAndTheEntityWins() {
        Column ownCreatedAt = new Column("created_at", "timestamp(6) with time zone", false, Optional.empty(),
                autogen.schema.Identity.NONE);
        Schema entities = new Schema(List.of(table("users", Column.of("id", "bigint"), ownCreatedAt)), List.of());
        Table users = new MetadataInjector(settings()).inject(entities).tables().get(0);
        assertEquals(List.of("id", "created_at", "is_active", "is_flagged", "notes", "updated_at"),
                users.columns().stream().map(Column::name).toList());
        assertEquals(ownCreatedAt, users.column("created_at").orElseThrow());
        assertEquals(List.of(new Trigger("update_timestamp", QualifiedName.of("set_updated_at"))), users.triggers());
    }

    @Test
    void oneFunctionServesEveryTriggeredTableAndExcludedTablesGetNothing() {
        Schema entities = new Schema(List.of(table("users", Column.of("id", "bigint")),
                table("audit_log", Column.of("id", "bigint"))), List.of());
        Schema injected = new MetadataInjector(settings("metadata.exclude.tables", "audit_*")).inject(entities);
        assertEquals(1, injected.functions().size());
        assertTrue(injected.functions().get(0).body().contains("new.updated_at := now();"));
        Table audit = injected.table(QualifiedName.of("audit_log")).orElseThrow();
        assertEquals(1, audit.columns().size());
        assertTrue(audit.triggers().isEmpty());
    }

    @Test
    void turnedOffItAddsNothingAndHidesWhatItAddedBefore() {
        MetadataSettings off = settings("metadata.enabled", "false");
        Schema entities = new Schema(List.of(table("users", Column.of("id", "bigint"))), List.of());
        assertEquals(entities, new MetadataInjector(off).inject(entities));
        Schema before = new MetadataInjector(settings()).inject(entities);
        assertEquals(entities, new MetadataInjector(off).hideWhenDisabled(before, entities));
    }

    @Test
    void configurableNamesAndColumns() {
        MetadataSettings custom = settings("metadata.columns", "deleted boolean default false not null; "
                + "modified timestamptz not null default now()", "metadata.updated.column", "modified",
                "metadata.trigger", "touch", "metadata.function", "audit.touch_row");
        Table users = new MetadataInjector(custom).inject(new Schema(List.of(table("users",
                Column.of("id", "bigint"))), List.of())).tables().get(0);
        assertEquals(List.of("id", "deleted", "modified"), users.columns().stream().map(Column::name).toList());
        assertEquals(new Trigger("touch", new QualifiedName("audit", "touch_row")), users.triggers().get(0));
        assertEquals(Optional.of("false"), users.column("deleted").orElseThrow().defaultExpression());
    }

    @Test
    void badSettingsAreOneClearLine() {
        assertOneLine(() -> settings("metadata.enabled", "yes"), "metadata.enabled must be true or false");
        assertOneLine(() -> settings("metadata.columns", "notes"), "metadata.columns: 'notes' needs a name and a type");
    }

    private static void assertOneLine(Executable action, String expected) {
        AutogenException e = org.junit.jupiter.api.Assertions.assertThrows(AutogenException.class, action);
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
