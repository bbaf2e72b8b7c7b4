package autogen.introspect;

import autogen.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which schemas the introspector reads, and which tables in them it leaves out (such as autogen's own). */
public record IntrospectionScope(List<String> schemas, Set<QualifiedName> excludedTables) {
    public IntrospectionScope {
        schemas = List.copyOf(schemas);
        excludedTables = Set.copyOf(excludedTables);
    }

    /** Every table of {@code schemas}. */
    public static IntrospectionScope of(String... schemas) {
        return new IntrospectionScope(List.of(schemas), Set.of());
    }

    public IntrospectionScope excluding(QualifiedName table) {
        return new IntrospectionScope(schemas,
                Stream.concat(excludedTables.stream(), Stream.of(table)).collect(Collectors.toSet()));
    }
}
