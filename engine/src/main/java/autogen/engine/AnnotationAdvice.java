package autogen.engine;

import autogen.diff.op.AlterColumn;
import autogen.diff.op.DropCheckConstraint;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropPrimaryKey;
import autogen.diff.op.DropUniqueConstraint;
import autogen.diff.op.Operation;
import autogen.migration.NameText;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * For a rule only the database has, what it is and the mapping that would state it in the entities: the annotation,
 * and the entity or field it goes on ({@code Account.enabled}; by the table or column it maps to where the entities'
 * model does not say).
 */
final class AnnotationAdvice {
    private final Schema entities;

    /** {@code entities} names the entity and field each table and column comes from, where it knows them. */
    AnnotationAdvice(Schema entities) {
        this.entities = entities;
    }

    /** One line per rule that {@code removal} would remove. */
    List<String> of(Operation removal) {
        if (removal instanceof DropIndex d) {
            String unique = d.index().unique() ? ", unique = true" : "";
            return List.of("index " + d.index().name() + " on " + table(d.table()) + " (" + columns(d.index().columns())
                    + "): @Index(name = \"" + d.index().name() + "\", columnList = \"" + columns(d.index().columns())
                    + "\"" + unique + ") in @Table(indexes = ...) of " + entity(d.table()));
        } else if (removal instanceof DropUniqueConstraint d) {
            List<String> columns = d.constraint().columns();
            String annotation = columns.size() == 1 ? "@Column(unique = true) on " + field(d.table(), columns.get(0))
                    + ", or " : "";
            return List.of("unique " + d.constraint().name() + " on " + table(d.table()) + " (" + columns(columns)
                    + "): " + annotation + "@UniqueConstraint(name = \"" + d.constraint().name()
                    + "\", columnNames = {" + quoted(columns) + "}) in @Table(uniqueConstraints = ...) of "
                    + entity(d.table()));
        } else if (removal instanceof DropPrimaryKey d) {
            return List.of("primary key of " + table(d.table()) + " (" + columns(d.primaryKey().columns()) + "): @Id on "
                    + d.primaryKey().columns().stream().map(c -> field(d.table(), c)).collect(Collectors.joining(
                    " and ")));
        } else if (removal instanceof DropForeignKey d) {
            List<String> columns = d.foreignKey().columns();
            return List.of("foreign key " + d.foreignKey().name() + " on " + table(d.table()) + " (" + columns(columns)
                    + ") to " + table(d.foreignKey().referencedTable()) + ": @ManyToOne with @JoinColumn(name = \""
                    + columns.get(0) + "\", foreignKey = @ForeignKey(name = \"" + d.foreignKey().name() + "\")) on "
                    + field(d.table(), columns.get(0)));
        } else if (removal instanceof DropCheckConstraint d) {
            return List.of("check " + d.check().name() + " on " + table(d.table()) + " (" + d.check().expression()
                    + "): @Check(name = \"" + d.check().name() + "\", constraints = "
                    + javaString(d.check().expression()) + ") on " + entity(d.table()));
        } else if (removal instanceof AlterColumn alter) {
            List<String> lines = new ArrayList<>();
            String column = alter.after().name();
            if (!alter.before().nullable() && alter.after().nullable()) {
                lines.add("not-null " + table(alter.table()) + "." + column + ": @Column(nullable = false) on "
                        + field(alter.table(), column));
            }
            alter.before().defaultExpression().filter(x -> alter.after().defaultExpression().isEmpty())
                    .ifPresent(expression -> lines.add("default " + table(alter.table()) + "." + column + " ("
                            + expression + "): " + defaultMapping(expression, field(alter.table(), column))));
            return lines;
        }
        throw new IllegalArgumentException("not a removal of a rule: " + removal);
    }

    /**
     * The mapping that states a default. A sequence's next value is the generator's business, never an annotation's
     * text: the entity that maps a serial column says IDENTITY, which {@code serial.as-identity} makes the same.
     */
    private static String defaultMapping(String expression, String field) {
        if (expression.startsWith("nextval(")) {
            return "a sequence's next value; for a serial column, @GeneratedValue(strategy = GenerationType.IDENTITY)"
                    + " on " + field + " with serial.as-identity=true in autogen.properties";
        }
        return "@ColumnDefault(" + javaString(expression) + ") on " + field;
    }

    private static String table(QualifiedName table) {
        return NameText.of(table);
    }

    private String entity(QualifiedName table) {
        return entities.declaredBy(table, Optional.empty()).orElse("the entity mapped to " + table(table));
    }

    private String field(QualifiedName table, String column) {
        return entities.declaredBy(table, Optional.of(column))
                .orElse("the field mapped to " + table(table) + "." + column);
    }

    private static String columns(List<String> columns) {
        return String.join(", ", columns);
    }

    /** {@code text} as a Java string literal, the way it goes into an annotation. */
    private static String javaString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    }
}
