package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.diff.op.ConvertSerialColumn;
import autogen.diff.op.CreateSequence;
import autogen.diff.op.CreateTable;
import autogen.diff.op.DropSequence;
import autogen.diff.op.DropTable;
import autogen.diff.op.Operation;
import autogen.diff.op.SetSequenceOwner;
import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A serial column against an entity's identity column, and the owner of a serial column's sequence. */
class SerialColumnsTest {
    private static final QualifiedName CUSTOMERS = QualifiedName.of("customers");
    private static final Sequence SEQUENCE = new Sequence(QualifiedName.of("customers_id_seq"), 1, 1,
            Optional.of(new Sequence.Owner(CUSTOMERS, "id")));
    private static final Column SERIAL = new Column("id", "bigint", false,
            Optional.of("nextval('customers_id_seq'::regclass)"), Identity.NONE);
    private static final Column IDENTITY = new Column("id", "bigint", false, Optional.empty(), Identity.BY_DEFAULT);

    private static Schema with(Column id, List<Sequence> sequences) {
        Table table = new Table(CUSTOMERS, List.of(id, Column.of("name", "text")),
                Optional.of(new PrimaryKey("customers_pkey", List.of("id"))), List.of(), List.of(), List.of());
        return new Schema(List.of(table), sequences);
    }

    @Test
    void aSerialColumnMeetingAnIdentityIsOneConversionThatInvertsToItself() {
        List<Operation> up = new SchemaDiffer().diff(with(SERIAL, List.of(SEQUENCE)), with(IDENTITY, List.of())).up();
        ConvertSerialColumn convert = new ConvertSerialColumn(CUSTOMERS, SERIAL, IDENTITY, SEQUENCE);
        assertEquals(List.of(convert), up);
        assertEquals(convert, convert.inverse().inverse());
        assertTrue(convert.hazards().isEmpty(), "no value is lost and no row can fail");
    }

    @Test
    void serialAsIdentityMakesThemTheSame() {
        MigrationPlan plan = new SchemaDiffer(PlanHints.NONE.withSerialAsIdentity(true))
                .diff(with(SERIAL, List.of(SEQUENCE)), with(IDENTITY, List.of()));
        assertEquals(List.of(), plan.up());
    }

    @Test
    void anOwnedSequenceIsOwnedOnceItsColumnExistsAndFreedBeforeItGoes() {
        Schema serial = with(SERIAL, List.of(SEQUENCE));
        Sequence unowned = SEQUENCE.withOwner(Optional.empty());
        SetSequenceOwner own = new SetSequenceOwner(SEQUENCE.name(), Optional.empty(), SEQUENCE.ownedBy());
        List<Operation> up = new SchemaDiffer().diff(Schema.empty(), serial).up();
        assertEquals(new CreateSequence(unowned), up.get(0));
        assertTrue(up.get(1) instanceof CreateTable);
        assertEquals(own, up.get(2));
        List<Operation> drop = new SchemaDiffer().diff(serial, Schema.empty()).up();
        assertEquals(own.inverse(), drop.get(0));
        assertTrue(drop.get(1) instanceof DropTable);
        assertEquals(new DropSequence(unowned), drop.get(2));
    }

    @Test
    void anOwnedSequenceStaysWhileItsColumnStays() {
        Schema entities = with(SERIAL, List.of(SEQUENCE.withOwner(Optional.empty())));
        assertEquals(List.of(), new SchemaDiffer().diff(with(SERIAL, List.of(SEQUENCE)), entities).up());
        Column assigned = SERIAL.withDefault(Optional.empty());
        List<Operation> up = new SchemaDiffer().diff(with(SERIAL, List.of(SEQUENCE)), with(assigned, List.of())).up();
        assertEquals(1, up.size(), "only the default, which a sequence's drop would need gone first: " + up);
    }
}
