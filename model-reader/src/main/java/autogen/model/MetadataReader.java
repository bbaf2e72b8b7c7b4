package autogen.model;

import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;

/** Translates Hibernate's boot metamodel into the schema model: every physical table and every sequence. */
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
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                // Subselect and union "tables" and views are queries, not tables the migration creates.
                if (table.isPhysicalTable() && !table.isView()) {
                    tableModels.add(tables.read(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(sequence(sequence));
            }
        }
        return new Schema(tableModels, sequences);
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
