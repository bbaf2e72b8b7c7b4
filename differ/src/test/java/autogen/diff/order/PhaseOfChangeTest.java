package autogen.diff.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.ChangeAllowedValues;
import autogen.diff.op.CreateTriggerFunction;
import autogen.diff.op.RemapOrdinals;
import autogen.diff.op.ReplaceTriggerFunction;
import autogen.schema.CheckConstraint;
import autogen.schema.QualifiedName;
import autogen.schema.TriggerFunction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A step that changes in place is marked a change, though its phase, which orders it, adds. */
class PhaseOfChangeTest {
    private static final QualifiedName POSTS = QualifiedName.of("posts");
    private static final CheckConstraint AB = new CheckConstraint("ck_posts_kind",
            "(kind = ANY (ARRAY['A'::text, 'B'::text]))");
    private static final CheckConstraint ABC = new CheckConstraint("ck_posts_kind",
            "(kind = ANY (ARRAY['A'::text, 'B'::text, 'C'::text]))");
    private static final TriggerFunction STAMP = new TriggerFunction(QualifiedName.of("set_updated_at"), "begin end");

    @Test
    void inPlaceStepsAreChangesAndTheirNeighboursKeepTheirPhases() {
        assertEquals(Phase.Change.CHANGES, PhaseOf.change(new ChangeAllowedValues(POSTS, AB, ABC)));
        assertEquals(Phase.Change.CHANGES, PhaseOf.change(new RemapOrdinals(POSTS, "kind", List.of("A", "B"),
                List.of("B", "A"), Optional.empty())));
        assertEquals(Phase.Change.CHANGES, PhaseOf.change(new ReplaceTriggerFunction(STAMP,
                new TriggerFunction(STAMP.name(), "begin return new; end"))));
        assertEquals(Phase.Change.ADDS, PhaseOf.change(new AddCheckConstraint(POSTS, AB, false)));
        assertEquals(Phase.Change.ADDS, PhaseOf.change(new CreateTriggerFunction(STAMP)));
    }
}
