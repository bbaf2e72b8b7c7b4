package autogen.migration.sql;

import static autogen.migration.sql.Sql.ident;
import static autogen.migration.sql.Sql.literal;
import static autogen.migration.sql.Sql.name;

import autogen.migration.EnumColumn;
import autogen.migration.NameText;
import autogen.migration.Rerun;
import autogen.migration.Statement;
import autogen.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The DDL of native enum types, part of {@link StatementSql}. */
public final class EnumTypeSql {
    private EnumTypeSql() {
    }

    public static String createEnumTypeSql(QualifiedName type, List<String> values) {
        return "create type " + name(type) + " as enum (" + values.stream().map(Sql::literal)
                .collect(Collectors.joining(", ")) + ")";
    }

    public static String dropEnumTypeSql(QualifiedName type) {
        return "drop type " + name(type);
    }

    /** Adds {@code value} just before {@code before}, or at the end. */
    public static String addEnumValueSql(QualifiedName type, String value, Optional<String> before) {
        return "alter type " + name(type) + " add value " + literal(value)
                + before.map(b -> " before " + literal(b)).orElse("");
    }

    /**
     * Adds {@code value} in a step of its own, outside the migration's transaction, so that the statements after it
     * may use it; {@code IF NOT EXISTS}, so that the step runs again harmlessly after a failure further on.
     */
    public static Statement addEnumValueOwnStep(QualifiedName type, String value, Optional<String> before) {
        return Statement.outsideTransaction(addEnumValueSql(type, value, before).replaceFirst(" add value ",
                " add value if not exists "), Optional.empty(), Rerun.AS_IS);
    }

    /**
     * Renames the old type away, creates the new one, casts every using column through text (dropping and
     * restoring its default, which is typed by the old type), then drops the old type.
     */
    public static List<String> recreateEnumTypeSql(QualifiedName type, List<String> values, List<EnumColumn> usages) {
        String retired = type.name() + "__autogen_old";
        List<String> statements = new ArrayList<>();
        statements.add("alter type " + name(type) + " rename to " + ident(retired));
        statements.add(createEnumTypeSql(type, values));
        for (EnumColumn usage : usages) {
            QualifiedName table = NameText.parse(usage.table());
            String column = ident(usage.column());
            usage.defaultValue().ifPresent(d ->
                    statements.add(StatementSql.alterTable(table, "alter column " + column + " drop default")));
            statements.add(StatementSql.alterTable(table, "alter column " + column + " type " + name(type) + " using "
                    + column + "::text::" + name(type)));
            usage.defaultValue().ifPresent(d ->
                    statements.add(StatementSql.alterTable(table, "alter column " + column + " set default " + d)));
        }
        statements.add("drop type " + name(new QualifiedName(type.schema(), retired)));
        return statements;
    }
}
