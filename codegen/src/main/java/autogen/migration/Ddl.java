package autogen.migration;

import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.ReferentialAction;
import java.util.List;

/** Static factories that migration files import, so a migration reads like the DDL it stands for. */
public final class Ddl {
    private Ddl() {
    }

    public static ColumnSpec column(String name, String type) {
        return new ColumnSpec(Column.of(name, type));
    }

    public static TableElement.PrimaryKeySpec primaryKey(String name, String... columns) {
        return new TableElement.PrimaryKeySpec(name, List.of(columns));
    }

    public static TableElement.UniqueSpec unique(String name, String... columns) {
        return new TableElement.UniqueSpec(name, List.of(columns));
    }

    public static ForeignKeySpec foreignKey(String... columns) {
        return new ForeignKeySpec(List.of(columns), "", List.of(), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION);
    }

    public static ColumnChange setType(String type) {
        return new ColumnChange.SetType(type);
    }

    public static ColumnChange setNotNull() {
        return new ColumnChange.SetNotNull();
    }

    public static ColumnChange dropNotNull() {
        return new ColumnChange.DropNotNull();
    }

    public static ColumnChange setDefault(String expression) {
        return new ColumnChange.SetDefault(expression);
    }

    public static ColumnChange dropDefault() {
        return new ColumnChange.DropDefault();
    }

    public static ColumnChange addIdentity(Identity kind) {
        return new ColumnChange.AddIdentity(kind);
    }

    public static ColumnChange dropIdentity() {
        return new ColumnChange.DropIdentity();
    }
}
