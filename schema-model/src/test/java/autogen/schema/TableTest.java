package autogen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A table's named lists are sorted by name and cannot change, whatever order and kind of list it is given. */
class TableTest {
    private static final List<Column> COLUMNS = List.of(Column.of("a", "integer"), Column.of("b", "integer"));

    @Test
    void namedListsComeSortedByName() {
        Table table = new Table(QualifiedName.of("t"), COLUMNS, Optional.empty(), List.of(),
                List.of(new UniqueConstraint("uk_t_b", List.of("b")), new UniqueConstraint("uk_t_a", List.of("a"))),
                List.of(new Index("ix_z", List.of("a"), false), new Index("ix_m", List.of("b"), false),
                        new Index("ix_a", List.of("a", "b"), false)));
        assertEquals(List.of("uk_t_a", "uk_t_b"),
                table.uniqueConstraints().stream().map(UniqueConstraint::name).toList());
        assertEquals(List.of("ix_a", "ix_m", "ix_z"), table.indexes().stream().map(Index::name).toList());
    }

    @Test
    void aSortedListGivenIsCopiedNotShared() {
        List<Index> indexes = new ArrayList<>(List.of(new Index("ix_a", List.of("a"), false)));
        Table table = new Table(QualifiedName.of("t"), COLUMNS, Optional.empty(), List.of(), List.of(), indexes);
        indexes.add(new Index("ix_b", List.of("b"), false));
        assertEquals(1, table.indexes().size());
        assertThrows(UnsupportedOperationException.class, () -> table.indexes().add(indexes.get(1)));
    }
}
