package autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import autogen.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** IntrospectionScope's written-out equals and hashCode keep the record's meaning: every component counts. */
class IntrospectionScopeTest {
    private static final QualifiedName AUDIT = QualifiedName.of("audit_log");
    private static final QualifiedName STAMP = QualifiedName.of("set_updated_at");

    @Test
    void equalScopesAreEqualAndHashAlike() {
        IntrospectionScope a = new IntrospectionScope(List.of("public", "shop"), Set.of(AUDIT), Set.of(STAMP));
        IntrospectionScope b = new IntrospectionScope(List.of("public", "shop"), Set.of(QualifiedName.of("audit_log")),
                Set.of(QualifiedName.of("set_updated_at")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void eachComponentCounts() {
        IntrospectionScope scope = new IntrospectionScope(List.of("public"), Set.of(AUDIT), Set.of(STAMP));
        assertNotEquals(scope, new IntrospectionScope(List.of("shop"), Set.of(AUDIT), Set.of(STAMP)));
        assertNotEquals(scope, new IntrospectionScope(List.of("public"), Set.of(), Set.of(STAMP)));
        assertNotEquals(scope, new IntrospectionScope(List.of("public"), Set.of(AUDIT), Set.of()));
        assertNotEquals(scope, null);
    }
}
