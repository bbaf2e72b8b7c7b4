package autogen.rehearse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import autogen.migration.Migration;
import autogen.migration.Operations;
import autogen.runner.JavaMigrationSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a migration declares is filed under the table as the report names it, however the file spells it. */
class DeclaredChangesTest {
    @Test
    void aTableWrittenWithItsSchemaOrQuotedIsTheTableTheReportNames() {
        Migration drops = new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.dropColumn("public.posts", "price");
                op.dropTable("\"tags\"");
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
        JavaMigrationSource source = new JavaMigrationSource("20260101000000", List.of(), "Drop", "2026-01-01",
                Path.of("Drop.java"), "", Optional.empty(), List.of(), List.of(), false, List.of(), () -> drops);
        var declared = DeclaredChanges.of(List.of(source));
        assertEquals(Optional.of("the upgrade drops column public.posts.price"), DeclaredChanges.of(declared, "posts"));
        assertEquals(Optional.of("the upgrade drops table \"tags\""), DeclaredChanges.of(declared, "tags"));
        assertEquals(Optional.empty(), DeclaredChanges.of(declared, "users"));
    }
}
