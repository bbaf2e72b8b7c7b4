package autogen.model;

import autogen.schema.EnumType;
import autogen.schema.QualifiedName;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;

/**
 * Finds the native PostgreSQL enum types Hibernate creates for {@code NAMED_ENUM} and {@code NAMED_ORDINAL_ENUM}
 * columns, as {@code PostgreSQLEnumJdbcType} declares them in its auxiliary database objects.
 */
final class EnumTypeReader {
    private EnumTypeReader() {
    }

    /** Every enum type a column of any table uses, once, sorted by name. */
    static List<EnumType> enumTypes(Metadata metadata) {
        Map<QualifiedName, EnumType> byName = new TreeMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            // The type is created even when the column's table is not (an abstract table-per-class root).
            for (Table table : namespace.getTables()) {
                for (Column column : table.getColumns()) {
                    enumType(column).ifPresent(type -> byName.putIfAbsent(type.name(), type));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    static Optional<EnumType> enumType(Column column) {
        if (!(column.getValue() instanceof BasicValue value)) {
            return Optional.empty();
        }
        BasicValue.Resolution<?> resolution = value.resolve();
        int code = resolution.getJdbcType().getDefaultSqlTypeCode();
        Class<?> javaType = resolution.getRelationalJavaType().getJavaTypeClass();
        if (code != SqlTypes.NAMED_ENUM && code != SqlTypes.NAMED_ORDINAL_ENUM || !javaType.isEnum()) {
            return Optional.empty();
        }
        String[] values = values(javaType, resolution.getValueConverter());
        // PostgreSQLEnumJdbcType sorts the labels of a NAMED_ENUM, so that the type orders them as strings sort;
        // a NAMED_ORDINAL_ENUM keeps declaration order, which its ordinals follow.
        if (code == SqlTypes.NAMED_ENUM) {
            Arrays.sort(values);
        }
        // "create type <SimpleName> as enum (...)" is unqualified (the default namespace, with no schema
        // placeholder), so PostgreSQL creates it in the first schema of the search path: public by default.
        QualifiedName name = QualifiedName.of(Names.fold(javaType.getSimpleName()));
        return Optional.of(new EnumType(name, List.of(values)));
    }

    /**
     * The constants, in declaration order, of an enum that {@code column} stores by ordinal (the numbers 0, 1, ...
     * in that order): what each stored number means.
     */
    static Optional<List<String>> ordinalConstants(Column column) {
        if (!(column.getValue() instanceof BasicValue value)) {
            return Optional.empty();
        }
        BasicValue.Resolution<?> resolution = value.resolve();
        Class<?> javaType = resolution.getRelationalJavaType().getJavaTypeClass();
        int code = resolution.getJdbcType().getDefaultSqlTypeCode();
        BasicValueConverter<?, ?> converter = resolution.getValueConverter();
        if (!javaType.isEnum() || code == SqlTypes.NAMED_ENUM || code == SqlTypes.NAMED_ORDINAL_ENUM
                || !SqlTypes.isNumericType(code)) {
            return Optional.empty();
        }
        // Without a converter Hibernate stores the ordinal itself; a converter counts only if it stores the same.
        if (converter != null) {
            String[] stored = values(javaType, converter);
            for (int i = 0; i < stored.length; i++) {
                if (!stored[i].equals(Integer.toString(i))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }

    // EnumHelper.getEnumeratedValues: the constant names, or what a converter stores for each constant.
    private static String[] values(Class<?> enumType, BasicValueConverter<?, ?> converter) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> converter == null ? ((Enum<?>) constant).name() : relational(converter, constant))
                .toArray(String[]::new);
    }

    private static <D> String relational(BasicValueConverter<D, ?> converter, Object constant) {
        D domain = converter.getDomainJavaType().getJavaTypeClass().cast(constant);
        return String.valueOf(converter.toRelationalValue(domain));
    }
}
