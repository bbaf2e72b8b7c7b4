package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.diff.op.CreateTable;
import autogen.diff.op.CreateTrigger;
import autogen.diff.op.DropTrigger;
import autogen.diff.op.DropTriggerFunction;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerLifecycleTest {
    private static final QualifiedName FUNCTION = QualifiedName.of("set_updated_at");
    private static final TriggerFunction BODY = new TriggerFunction(FUNCTION, "begin new.updated_at := now(); return new; end");
    private static final Trigger TRIGGER = new Trigger("update_timestamp", FUNCTION);
    private final SchemaDiffer differ = new SchemaDiffer();

    private static Table table(String name, boolean triggered) {
        return new Table(QualifiedName.of(name), List.of(Column.of("updated_at", "timestamp with time zone")),
                Optional.empty(), List.of(), List.of(), List.of()).withTriggers(triggered ? List.of(TRIGGER) : List.of());
    }

    private static Schema schema(List<Table> tables, boolean function) {
        return new Schema(List.of("public"), List.of(), tables, List.of(), function ? List.of(BODY) : List.of());
    }

    @Test
    void aLaterTableGetsItsTriggerAndItsDowngradeKeepsTheFunction() {
        Schema one = schema(List.of(table("users", true)), true);
        Schema two = schema(List.of(table("users", true), table("posts", true)), true);
        MigrationPlan plan = differ.diff(one, two);
        assertEquals(List.of(new CreateTable(table("posts", false)),
                new CreateTrigger(QualifiedName.of("posts"), TRIGGER)), plan.up());
        assertEquals(List.of(new DropTrigger(QualifiedName.of("posts"), TRIGGER),
                new autogen.diff.op.DropTable(table("posts", false))), plan.down());
    }

    @Test
    void aTriggerNoLongerNeededGoesAndTheFunctionOnlyWithTheLastOne() {
        Schema both = schema(List.of(table("users", true), table("posts", true)), true);
        List<Operation> oneLess = differ.diff(both, schema(List.of(table("users", true), table("posts", false)), true))
                .up();
        assertEquals(List.of(new DropTrigger(QualifiedName.of("posts"), TRIGGER)), oneLess);
        List<Operation> none = differ.diff(both, schema(List.of(table("users", false), table("posts", false)), false))
                .up();
        assertEquals(new DropTriggerFunction(BODY), none.get(none.size() - 1), "the function goes last: " + none);
        assertEquals(3, none.size());
    }
}
