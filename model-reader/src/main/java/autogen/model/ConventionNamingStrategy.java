package autogen.model;

import autogen.schema.NamingConvention;
import java.util.List;
import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * JPA's implicit names for tables and columns, but autogen's {@link NamingConvention} for the foreign keys,
 * unique keys and indexes the entities leave unnamed, so that generated names are readable and stable.
 */
final class ConventionNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {
    private static final long serialVersionUID = 1L;

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
}
