package autogen.diff.op;

import autogen.schema.EnumType;
import java.util.List;
import java.util.Set;

/**
 * Changes the values of an enum type. Adding values keeps the order of the existing ones, so it is
 * {@code ALTER TYPE ... ADD VALUE}; removing or reordering values needs the type recreated and every
 * column in {@code usages} cast to the new one, which fails if a row holds a removed value. With {@code ownStep},
 * the values are added in a step of their own, committed before the rest of the migration: PostgreSQL refuses to
 * use a value in the transaction that added it, as a column's default does.
 */
public record AlterEnumType(EnumType before, EnumType after, List<EnumUsage> usages, boolean ownStep)
        implements Operation {
    public AlterEnumType {
        usages = List.copyOf(usages);
    }

    public AlterEnumType(EnumType before, EnumType after, List<EnumUsage> usages) {
        this(before, after, usages, false);
    }

    /** The values it adds. */
    public List<String> addedValues() {
        return after.values().stream().filter(v -> !before.values().contains(v)).toList();
    }

    @Override
    public Operation inverse() {
        return new AlterEnumType(after, before, usages);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterEnumType(this);
    }

    /** Whether only new values are added, each existing value keeping its place relative to the others. */
    public boolean onlyAddsValues() {
        return after.values().stream().filter(before.values()::contains).toList().equals(before.values());
    }

    @Override
    public Set<Hazard> hazards() {
        return onlyAddsValues() ? Set.of() : Set.of(Hazard.MAY_FAIL_ON_EXISTING_ROWS, Hazard.RECREATES_TYPE);
    }
}
