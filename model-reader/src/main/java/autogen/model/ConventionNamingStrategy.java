package autogen.model;

import autogen.schema.NamingConvention;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitAnyDiscriminatorColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitAnyKeyColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitCollectionTableNameSource;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitDiscriminatorColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitEntityNameSource;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIdentifierColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitMapKeyColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitPrimaryKeyJoinColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitTenantIdColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * The tables and columns of the implicit naming strategy the application uses ({@code tables}: JPA's, Spring
 * Boot's or the one it configures), with autogen's {@link NamingConvention} for the foreign keys, unique keys and
 * indexes the entities leave unnamed, so that generated names are readable and stable whatever that strategy.
 */
final class ConventionNamingStrategy implements ImplicitNamingStrategy, Serializable {
    private static final long serialVersionUID = 2L;

    private final ImplicitNamingStrategy tables;

    ConventionNamingStrategy(ImplicitNamingStrategy tables) {
        this.tables = tables;
    }

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        if (source.getUserProvidedIdentifier() != null) {
            return source.getUserProvidedIdentifier();
        }
        return name(NamingConvention.foreignKey(
                Names.fold(source.getTableName()), columns(source), Names.fold(source.getReferencedTableName())));
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        if (source.getUserProvidedIdentifier() != null) {
            return source.getUserProvidedIdentifier();
        }
        return name(NamingConvention.uniqueConstraint(Names.fold(source.getTableName()), columns(source)));
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        if (source.getUserProvidedIdentifier() != null) {
            return source.getUserProvidedIdentifier();
        }
        return name(NamingConvention.index(Names.fold(source.getTableName()), columns(source)));
    }

    private static List<String> columns(ImplicitConstraintNameSource source) {
        return source.getColumnNames().stream().map(Names::fold).toList();
    }

    // Built from folded parts, the name only needs quotes when a quoted part kept capitals PostgreSQL would fold.
    private static Identifier name(String text) {
        return Identifier.toIdentifier(text, !text.equals(text.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Identifier determinePrimaryTableName(ImplicitEntityNameSource source) {
        return tables.determinePrimaryTableName(source);
    }

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        return tables.determineJoinTableName(source);
    }

    @Override
    public Identifier determineCollectionTableName(ImplicitCollectionTableNameSource source) {
        return tables.determineCollectionTableName(source);
    }

    @Override
    public Identifier determineDiscriminatorColumnName(ImplicitDiscriminatorColumnNameSource source) {
        return tables.determineDiscriminatorColumnName(source);
    }

    @Override
    public Identifier determineTenantIdColumnName(ImplicitTenantIdColumnNameSource source) {
        return tables.determineTenantIdColumnName(source);
    }

    @Override
    public Identifier determineIdentifierColumnName(ImplicitIdentifierColumnNameSource source) {
        return tables.determineIdentifierColumnName(source);
    }

    @Override
    public Identifier determineBasicColumnName(ImplicitBasicColumnNameSource source) {
        return tables.determineBasicColumnName(source);
    }

    @Override
    public Identifier determineJoinColumnName(ImplicitJoinColumnNameSource source) {
        return tables.determineJoinColumnName(source);
    }

    @Override
    public Identifier determinePrimaryKeyJoinColumnName(ImplicitPrimaryKeyJoinColumnNameSource source) {
        return tables.determinePrimaryKeyJoinColumnName(source);
    }

    @Override
    public Identifier determineAnyDiscriminatorColumnName(ImplicitAnyDiscriminatorColumnNameSource source) {
        return tables.determineAnyDiscriminatorColumnName(source);
    }

    @Override
    public Identifier determineAnyKeyColumnName(ImplicitAnyKeyColumnNameSource source) {
        return tables.determineAnyKeyColumnName(source);
    }

    @Override
    public Identifier determineMapKeyColumnName(ImplicitMapKeyColumnNameSource source) {
        return tables.determineMapKeyColumnName(source);
    }

    @Override
    public Identifier determineListIndexColumnName(ImplicitIndexColumnNameSource source) {
        return tables.determineListIndexColumnName(source);
    }
}
