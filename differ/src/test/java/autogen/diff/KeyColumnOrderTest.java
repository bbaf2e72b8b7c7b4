package autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.diff.op.CreateIndex;
import autogen.diff.op.DropIndex;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keys enforce the same thing whatever the order of their columns; an index's order decides what it serves. */
class KeyColumnOrderTest {
    private static final QualifiedName GROUPS = QualifiedName.of("groups");
    private static final QualifiedName MEMBERS = QualifiedName.of("members");
    private final SchemaDiffer differ = new SchemaDiffer();

    private static Schema schema(List<String> keyOrder, List<String> indexOrder, String pkName, String uqName,
                                 String fkName) {
        List<Column> columns = List.of(Column.of("org", "bigint").withNullable(false),
                Column.of("code", "bigint").withNullable(false));
        Table groups = new Table(GROUPS, columns, Optional.of(new PrimaryKey(pkName, keyOrder)), List.of(),
                List.of(), List.of());
        List<String> referencing = keyOrder.stream().map(c -> "group_" + c).toList();
        Table members = new Table(MEMBERS, List.of(Column.of("group_org", "bigint"), Column.of("group_code", "bigint")),
                Optional.empty(),
                List.of(new ForeignKey(fkName, referencing, GROUPS, keyOrder, ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION)),
                List.of(new UniqueConstraint(uqName, referencing)),
                List.of(new Index("ix_members_pair", indexOrder, false)));
        return new Schema(List.of(groups, members), List.of());
    }

    @Test
    void keysWithTheirColumnsInAnotherOrderAreNoDifference() {
        Schema current = schema(List.of("code", "org"), List.of("group_org", "group_code"), "pk_groups",
                "uq_members_pair", "fk_members_group");
        Schema target = schema(List.of("org", "code"), List.of("group_org", "group_code"), "pk_groups",
                "uq_members_pair", "fk_members_group");
        assertTrue(differ.diff(current, target).isEmpty(), differ.diff(current, target).up().toString());
    }

    @Test
    void soAreUnnamedKeysMatchedByWhatTheyAre() {
        Schema current = schema(List.of("code", "org"), List.of("group_org", "group_code"), "groups_pkey",
                "members_group_code_group_org_key", "members_group_code_group_org_fkey");
        Schema target = schema(List.of("org", "code"), List.of("group_org", "group_code"), "pk_groups",
                "uq_members_group_org_group_code", "fk_members_group_org_group_code_groups");
        assertTrue(differ.diff(current, target).isEmpty(), differ.diff(current, target).up().toString());
    }

    @Test
    void anIndexInAnotherOrderIsADifference() {
        Schema current = schema(List.of("org", "code"), List.of("group_code", "group_org"), "pk_groups",
                "uq_members_pair", "fk_members_group");
        Schema target = schema(List.of("org", "code"), List.of("group_org", "group_code"), "pk_groups",
                "uq_members_pair", "fk_members_group");
        List<Operation> up = differ.diff(current, target).up();
        assertEquals(2, up.size(), up.toString());
        assertTrue(up.get(0) instanceof DropIndex && up.get(1) instanceof CreateIndex, up.toString());
    }

    @Test
    void aKeyOnOtherColumnsIsStillADifference() {
        Schema current = schema(List.of("org"), List.of("group_org", "group_code"), "pk_groups",
                "uq_members_pair", "fk_members_group");
        Schema target = schema(List.of("org", "code"), List.of("group_org", "group_code"), "pk_groups",
                "uq_members_pair", "fk_members_group");
        assertEquals(6, differ.diff(current, target).up().size(), differ.diff(current, target).up().toString());
    }
}
