package autogen.introspect;

import static autogen.introspect.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Only autogen's trigger functions, and the BEFORE UPDATE row triggers running them, are read. */
class TriggerIntrospectionTest {
    private static final QualifiedName SET_UPDATED_AT = QualifiedName.of("set_updated_at");
    private static final QualifiedName TOUCH = new QualifiedName("inventory", "touch");
    private static final String SET_UPDATED_AT_BODY = " begin new.updated_at := now(); return new; end ";
    /** Written over several lines, with a tab and a quote, to show the body comes back verbatim. */
    private static final String TOUCH_BODY = "\nbegin\n\tnew.note := 'touched';\n  return new;\nend;\n";

    private static final String DDL = """
            create function set_updated_at() returns trigger language plpgsql as $$%s$$;
            create schema inventory;
            create function inventory.touch() returns trigger language plpgsql as $$%s$$;
            -- Not autogen's, or not a trigger function: never read, even under a name in scope.
            create function audit() returns trigger language plpgsql as $$ begin return new; end $$;
            create function unrelated() returns integer language sql as $$ select 1 $$;
            create function set_updated_at(step integer) returns integer language sql as $$ select step $$;
            create function inventory.set_updated_at() returns trigger language plpgsql
                as $$ begin return new; end $$;
            create function extension_owned() returns trigger language plpgsql as $$ begin return new; end $$;
            alter extension plpgsql add function extension_owned();

            create table accounts (id integer, updated_at timestamptz);
            create table orders (id integer, updated_at timestamptz, note text);
            create table inventory.items (id integer, note text);
            create table plain (id integer);
            create table excluded (id integer);
            create trigger update_timestamp before update on accounts
                for each row execute function set_updated_at();
            create trigger update_timestamp before update on orders
                for each row execute function set_updated_at();
            create trigger touch_note before update on orders for each row execute function inventory.touch();
            create trigger touch_note before update on inventory.items
                for each row execute function inventory.touch();
            create trigger update_timestamp before update on excluded
                for each row execute function set_updated_at();

            -- Triggers autogen leaves alone.
            create trigger after_update after update on accounts for each row execute function set_updated_at();
            create trigger on_write before insert or update on accounts
                for each row execute function set_updated_at();
            create trigger audit_update before update on orders for each row execute function audit();
            create trigger per_statement before update on orders
                for each statement execute function set_updated_at();
            create trigger other_schema before update on plain
                for each row execute function inventory.set_updated_at();
            create trigger by_extension before update on plain for each row execute function extension_owned();
            create table referenced (id integer primary key);
            create table referencing (id integer references referenced (id));
            """.formatted(SET_UPDATED_AT_BODY, TOUCH_BODY);

    private static final IntrospectionScope SCOPE = new IntrospectionScope(List.of("public", "inventory"),
            Set.of(QualifiedName.of("excluded")));

    private final PostgresIntrospector introspector = new PostgresIntrospector();

    @Test
    void readsAutogensFunctionsAndTheBeforeUpdateRowTriggersRunningThem() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_triggers")) {
            execute(c, DDL);
            Schema schema = introspector.read(c, SCOPE.withTriggerFunctions(
                    Set.of(SET_UPDATED_AT, TOUCH, QualifiedName.of("missing"), QualifiedName.of("extension_owned"),
                            QualifiedName.of("unrelated"))));
            assertEquals(List.of(new TriggerFunction(TOUCH, TOUCH_BODY),
                    new TriggerFunction(SET_UPDATED_AT, SET_UPDATED_AT_BODY)), schema.functions());
            Trigger updateTimestamp = new Trigger("update_timestamp", SET_UPDATED_AT);
            Trigger touchNote = new Trigger("touch_note", TOUCH);
            assertEquals(Map.of("public.accounts", List.of(updateTimestamp),
                            "public.orders", List.of(touchNote, updateTimestamp),
                            "inventory.items", List.of(touchNote),
                            "public.plain", List.of(),
                            "public.referenced", List.of(),
                            "public.referencing", List.of()),
                    triggersByTable(schema));
        }
    }

    @Test
    void readsNoFunctionOrTriggerWithoutTriggerFunctionsInScope() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_no_triggers")) {
            execute(c, DDL);
            Schema schema = introspector.read(c, SCOPE);
            assertEquals(List.of(), schema.functions());
            assertEquals(List.of(), schema.tables().stream().flatMap(t -> t.triggers().stream()).toList());
            assertEquals(schema, introspector.read(c, SCOPE.withTriggerFunctions(Set.of())));
        }
    }

    @Test
    void scopeKeepsItsTriggerFunctionsWhenExcludingTables() {
        IntrospectionScope scope = IntrospectionScope.of("public").withTriggerFunctions(Set.of(SET_UPDATED_AT))
                .excluding(QualifiedName.of("excluded"));
        assertEquals(new IntrospectionScope(List.of("public"), Set.of(QualifiedName.of("excluded")),
                Set.of(SET_UPDATED_AT)), scope);
        assertEquals(Set.of(), IntrospectionScope.of("public").triggerFunctions());
    }

    private static Map<String, List<Trigger>> triggersByTable(Schema schema) {
        return schema.tables().stream().collect(Collectors.toMap(t -> t.name().toString(), Table::triggers));
    }
}
