package autogen.introspect;

import autogen.schema.EnumType;
import autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Declares the target's enum types in the scratch transaction, with the schemas they need, so that column
 * types, checks and expressions naming them resolve; the database keeps what it had once it is rolled back.
 */
final class ScratchTypes {
    private ScratchTypes() {
    }

    /**
     * Creates the missing schemas and enum types; an enum type that exists with other values is renamed out of
     * the way and created anew, since values added by {@code ALTER TYPE ... ADD VALUE} cannot be used before
     * the transaction commits.
     */
    static void declare(Connection c, List<EnumType> enums) throws SQLException {
        if (enums.isEmpty()) {
            return;
        }
        List<String> schemas = enums.stream().map(e -> e.name().schema()).distinct().sorted().toList();
        Set<String> existingSchemas = Set.copyOf(
                CatalogQuery.run(c, "namespaces.sql", schemas, CatalogRows::namespace));
        Map<QualifiedName, List<String>> existing = CatalogQuery.run(c, "enums.sql", schemas, CatalogRows::enumType)
                .stream().collect(Collectors.toMap(EnumType::name, EnumType::values));
        List<Scratch.Probe> probes = new ArrayList<>();
        schemas.stream().filter(schema -> !existingSchemas.contains(schema))
                .forEach(schema -> probes.add(step("create schema " + Scratch.quote(schema), "schema " + schema)));
        for (EnumType type : enums) {
            List<String> values = existing.get(type.name());
            if (type.values().equals(values)) {
                continue;
            }
            String subject = "enum type " + type.name();
            if (values != null) {
                String aside = Scratch.PREFIX + "enum_" + probes.size();
                probes.add(step("alter type " + name(type.name()) + " rename to " + Scratch.quote(aside), subject));
            }
            probes.add(step("create type " + name(type.name()) + " as enum ("
                    + type.values().stream().map(Scratch::literal).collect(Collectors.joining(", ")) + ")", subject));
        }
        Scratch.execute(c, probes);
    }

    private static Scratch.Probe step(String sql, String subject) {
        return Scratch.Probe.of(new Scratch.Step(sql, subject));
    }

    private static String name(QualifiedName name) {
        return Scratch.quote(name.schema()) + "." + Scratch.quote(name.name());
    }
}
