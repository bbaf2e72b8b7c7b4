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
        return new ColumnChange.SetType(type, java.util.Optional.empty());
    }

    /** A type change whose values convert through {@code using}, e.g. {@code "code::text::integer"}. */
    public static ColumnChange setType(String type, String using) {
        return new ColumnChange.SetType(type, java.util.Optional.of(using));
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

    public static ColumnChange setExpression(String expression) {
        return new ColumnChange.SetExpression(expression);
    }

    public static ColumnChange dropExpression() {
        return new ColumnChange.DropExpression();
    }

    public static TableElement.CheckSpec check(String name, String expression) {
        return new TableElement.CheckSpec(name, expression);
    }

    public static TableElement.CommentSpec comment(String text) {
        return new TableElement.CommentSpec(text);
    }

    public static EnumColumn usedBy(String table, String column) {
        return new EnumColumn(table, column, java.util.Optional.empty());
    }

    public static List<String> values(String... values) {
        return List.of(values);
    }
}
