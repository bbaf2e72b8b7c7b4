package autogen.model;

import autogen.schema.EnumType;
import autogen.schema.OrdinalEnum;
import autogen.schema.Origin;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

/**
 * Translates Hibernate's boot metamodel into the schema model: every physical table, sequence and native enum
 * type, and the schemas that hold them.
 */
final class MetadataReader {
    private final Metadata metadata;
    private final String defaultSchema;

    /** {@code defaultSchema} holds the tables and sequences whose mapping names no schema. */
    MetadataReader(Metadata metadata, String defaultSchema) {
        this.metadata = metadata;
        this.defaultSchema = defaultSchema;
    }

    Schema read() {
        TableReader tables = new TableReader(metadata, this::qualify);
        List<autogen.schema.Table> tableModels = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<OrdinalEnum> ordinals = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                // Subselect and union "tables" and views are queries, not tables the migration creates.
                if (table.isPhysicalTable() && !table.isView()) {
                    tableModels.add(tables.read(table));
                    for (org.hibernate.mapping.Column column : table.getColumns()) {
                        EnumTypeReader.ordinalConstants(column).ifPresent(constants -> ordinals.add(
                                new OrdinalEnum(tables.name(table), Names.fold(column), constants)));
                    }
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(sequence(sequence));
            }
        }
        List<EnumType> enums = EnumTypeReader.enumTypes(metadata);
        Schema schema = new Schema(namespaces(tableModels, sequences, enums), enums, tableModels, sequences,
                List.of(), ordinals, origins(tables));
        NameLengths.require(schema, owners(tables));
        return schema;
    }

    /**
     * What declares each table and column, as a user finds it in the code: the entity's simple name for its table,
     * {@code Entity.field} (or {@code Entity.embedded.field}) for a column, {@code Entity.collection} for the join
     * table of a collection and its columns. The first declaration of a name wins.
     */
    private List<Origin> origins(TableReader tables) {
        Map<String, Origin> byName = new LinkedHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            String name = simpleName(entity.getClassName() != null ? entity.getClassName() : entity.getEntityName());
            QualifiedName table = tables.name(entity.getTable());
            byName.putIfAbsent(table.toString(), new Origin(table, Optional.empty(), name));
            List<Property> properties = new ArrayList<>(entity.getProperties());
            if (entity.getIdentifierProperty() != null) {
                properties.add(0, entity.getIdentifierProperty());
            }
            for (Property property : properties) {
                originsOf(tables, property, name + "." + property.getName(), byName);
            }
        }
        return List.copyOf(byName.values());
    }

    private void originsOf(TableReader tables, Property property, String path, Map<String, Origin> byName) {
        if (property.getValue() instanceof Component component) {
            for (Property nested : component.getProperties()) {
                originsOf(tables, nested, path + "." + nested.getName(), byName);
            }
            return;
        }
        if (property.getValue() instanceof Collection collection) {
            collectionOrigins(tables, collection, path, byName);
            return;
        }
        if (property.getValue().getTable() == null) {
            return;
        }
        columnOrigins(tables.name(property.getValue().getTable()), property.getValue().getColumns(), path, byName);
    }

    /**
     * A collection with a table of its own (a join table, an element collection's table) declares that table and
     * its columns. An inverse ({@code mappedBy}) or one-to-many collection maps columns of the other entity's table,
     * which the other entity declares.
     */
    private void collectionOrigins(TableReader tables, Collection collection, String path,
                                   Map<String, Origin> byName) {
        if (collection.isInverse() || collection.isOneToMany() || collection.getCollectionTable() == null) {
            return;
        }
        QualifiedName table = tables.name(collection.getCollectionTable());
        byName.putIfAbsent(table.toString(), new Origin(table, Optional.empty(), path));
        columnOrigins(table, collection.getKey().getColumns(), path, byName);
        columnOrigins(table, collection.getElement().getColumns(), path, byName);
    }

    private static void columnOrigins(QualifiedName table, List<org.hibernate.mapping.Column> columns, String path,
                                      Map<String, Origin> byName) {
        for (org.hibernate.mapping.Column column : columns) {
            String folded = Names.fold(column);
            byName.putIfAbsent(table + "." + folded, new Origin(table, Optional.of(folded), path));
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** What declares each table: the entity whose table or secondary table it is, or a collection attribute. */
    private Map<QualifiedName, String> owners(TableReader tables) {
        Map<QualifiedName, String> owners = new HashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            // A single-table subclass shares its parent's table: the parent declares it.
            PersistentClass parent = entity.getSuperclass();
            if (parent == null || parent.getTable() != entity.getTable()) {
                owners.putIfAbsent(tables.name(entity.getTable()), "entity " + entity.getClassName());
            }
            for (Join join : entity.getJoins()) {
                owners.putIfAbsent(tables.name(join.getTable()), "entity " + entity.getClassName());
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            if (collection.getCollectionTable() != null) {
                owners.putIfAbsent(tables.name(collection.getCollectionTable()), "attribute " + collection.getRole());
            }
        }
        return owners;
    }

    // Hibernate writes "create schema" only with hibernate.hbm2ddl.create_namespaces; autogen always needs them.
    private static List<String> namespaces(List<autogen.schema.Table> tables, List<Sequence> sequences,
                                           List<EnumType> enums) {
        Set<String> names = new TreeSet<>(List.of(QualifiedName.DEFAULT_SCHEMA));
        tables.forEach(table -> names.add(table.name().schema()));
        sequences.forEach(sequence -> names.add(sequence.name().schema()));
        enums.forEach(type -> names.add(type.name().schema()));
        return List.copyOf(names);
    }

    private Sequence sequence(org.hibernate.boot.model.relational.Sequence sequence) {
        QualifiedName name = qualify(sequence.getName().getSchemaName(), sequence.getName().getSequenceName());
        return new Sequence(name, sequence.getInitialValue(), sequence.getIncrementSize());
    }

    /** The folded name in its schema, or in the default schema when {@code schema} is null, as Hibernate leaves it. */
    QualifiedName qualify(Identifier schema, Identifier name) {
        return new QualifiedName(schema == null ? defaultSchema : Names.fold(schema), Names.fold(name));
    }
}
