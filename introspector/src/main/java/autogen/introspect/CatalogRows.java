package autogen.introspect;

import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Sequence;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Turns rows of the catalog queries into model values, translating PostgreSQL's one-letter codes. */
final class CatalogRows {
    private CatalogRows() {
    }

    private static final String CHECK_PREFIX = "CHECK (";
    /** What pg_get_constraintdef may print after a check's closing parenthesis, last one first. */
    private static final List<String> CHECK_FLAGS = List.of(" NOT VALID", " NO INHERIT");

    static QualifiedName table(ResultSet row) throws SQLException {
        return new QualifiedName(row.getString("schema_name"), row.getString("table_name"));
    }

    static TableRow tableRow(ResultSet row) throws SQLException {
        return new TableRow(table(row), Optional.ofNullable(row.getString("comment")));
    }

    static String namespace(ResultSet row) throws SQLException {
        return row.getString("schema_name");
    }

    static EnumType enumType(ResultSet row) throws SQLException {
        return new EnumType(new QualifiedName(row.getString("schema_name"), row.getString("type_name")),
                strings(row.getArray("labels")));
    }

    static Owned<Column> column(ResultSet row) throws SQLException {
        Column column = new Column(row.getString("column_name"), row.getString("type"),
                !row.getBoolean("not_null"), Optional.ofNullable(row.getString("default_expression")),
                identity(row.getString("identity")), Optional.ofNullable(row.getString("generated_expression")),
                Optional.ofNullable(row.getString("comment")));
        return new Owned<>(table(row), column);
    }

    static ConstraintRow constraint(ResultSet row) throws SQLException {
        String referencedSchema = row.getString("referenced_schema");
        Optional<QualifiedName> referenced = Optional.ofNullable(row.getString("referenced_table"))
                .map(name -> new QualifiedName(referencedSchema, name));
        return new ConstraintRow(table(row), row.getString("constraint_name"), ConstraintKind.of(row.getString("kind")),
                strings(row.getArray("columns")), referenced, strings(row.getArray("referenced_columns")),
                referentialAction(row.getString("on_delete")), referentialAction(row.getString("on_update")),
                Optional.ofNullable(row.getString("check_definition")).map(CatalogRows::checkExpression));
    }

    /**
     * The expression of a check as {@code pg_get_constraintdef} prints it, {@code CHECK (<expression>)} plus
     * optional flags: the text between the outer parentheses, which is what {@code check (...)} declares.
     */
    static String checkExpression(String definition) {
        String rest = definition;
        for (String flag : CHECK_FLAGS) {
            // The expression itself ends in ")", so a trailing flag can only be a flag.
            if (rest.endsWith(flag)) {
                rest = rest.substring(0, rest.length() - flag.length());
            }
        }
        if (!rest.startsWith(CHECK_PREFIX) || !rest.endsWith(")")) {
            throw new IllegalStateException("unexpected check constraint definition: " + definition);
        }
        return rest.substring(CHECK_PREFIX.length(), rest.length() - 1);
    }

    static Owned<Index> index(ResultSet row) throws SQLException {
        Index index = new Index(row.getString("index_name"), strings(row.getArray("columns")),
                row.getBoolean("is_unique"));
        return new Owned<>(table(row), index);
    }

    static Sequence sequence(ResultSet row) throws SQLException {
        String ownerTable = row.getString("owner_table");
        Optional<Sequence.Owner> owner = ownerTable == null ? Optional.empty() : Optional.of(new Sequence.Owner(
                new QualifiedName(row.getString("owner_schema"), ownerTable), row.getString("owner_column")));
        return new Sequence(new QualifiedName(row.getString("schema_name"), row.getString("sequence_name")),
                row.getLong("start"), row.getLong("increment"), owner);
    }

    static Owned<Trigger> trigger(ResultSet row) throws SQLException {
        Trigger trigger = new Trigger(row.getString("trigger_name"),
                new QualifiedName(row.getString("function_schema"), row.getString("function_name")));
        return new Owned<>(table(row), trigger);
    }

    static TriggerFunction triggerFunction(ResultSet row) throws SQLException {
        return new TriggerFunction(new QualifiedName(row.getString("schema_name"), row.getString("function_name")),
                row.getString("body"));
    }

    /** {@code pg_attribute.attidentity}: empty for ordinary columns. */
    static Identity identity(String attidentity) {
        return switch (attidentity) {
            case "" -> Identity.NONE;
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> throw new IllegalStateException("unknown attidentity '" + attidentity + "'");
        };
    }

    /** {@code pg_constraint.confdeltype}/{@code confupdtype}: a blank code on anything but a foreign key. */
    static ReferentialAction referentialAction(String code) {
        return switch (code) {
            case "a", " " -> ReferentialAction.NO_ACTION;
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> throw new IllegalStateException("unknown referential action '" + code + "'");
        };
    }

    /** The array's text elements; none for SQL null (the referenced columns of a key that references nothing). */
    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
