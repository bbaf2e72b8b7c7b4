package autogen.model;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses names longer than PostgreSQL keeps. The server cuts a name to 63 bytes without an error, so the
 * database would hold another name than the entities, and every {@code check} would report it and every revision
 * would try to fix it again. Names autogen makes up itself are already shortened by the naming convention.
 */
final class NameLengths {
    /** PostgreSQL's NAMEDATALEN less its terminating byte. */
    static final int MAX_BYTES = 63;

    private NameLengths() {
    }

    /**
     * @param owners what declares each table, to name in the message: an entity, or a collection attribute
     * @throws ModelReadException naming the first name that is too long, its owner and its length
     */
    static void require(Schema schema, Map<QualifiedName, String> owners) {
        for (String namespace : schema.namespaces()) {
            check("the entities", "schema", namespace, "@Table(schema = ...)");
        }
        for (EnumType type : schema.enums()) {
            check("the entities", "enum type", type.name().name(), "the enum's type name");
        }
        for (Sequence sequence : schema.sequences()) {
            check("the entities", "sequence", sequence.name().name(), "@SequenceGenerator(sequenceName = ...)");
        }
        for (Table table : schema.tables()) {
            String owner = Optional.ofNullable(owners.get(table.name())).orElse("the entities");
            check(owner, "table", table.name().name(), "@Table(name = ...)");
            String of = " of table " + table.name().name();
            for (Column column : table.columns()) {
                check(owner, "column", column.name(), "@Column(name = ...)", of);
            }
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                check(owner, "unique constraint", unique.name(), "@UniqueConstraint(name = ...)", of);
            }
            for (ForeignKey key : table.foreignKeys()) {
                check(owner, "foreign key", key.name(), "@ForeignKey(name = ...)", of);
            }
            for (Index index : table.indexes()) {
                check(owner, "index", index.name(), "@Index(name = ...)", of);
            }
            for (CheckConstraint constraint : table.checks()) {
                check(owner, "check constraint", constraint.name(), "@Check(name = ...)", of);
            }
        }
    }

    private static void check(String owner, String kind, String name, String fix) {
        check(owner, kind, name, fix, "");
    }

    private static void check(String owner, String kind, String name, String fix, String where) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new ModelReadException(owner + ": the " + kind + " name \"" + name + "\"" + where + " is " + bytes
                    + " bytes long; PostgreSQL keeps at most " + MAX_BYTES + " and would cut it: shorten it with "
                    + fix);
        }
    }
}
