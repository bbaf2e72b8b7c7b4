import static autogen.migration.Ddl.*;
import static autogen.schema.Identity.*;
import static autogen.schema.ReferentialAction.*;

import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.migration.Operations;

/**
 * After
 *
 * <p>Revision 20261122100200, parent 20261122100000, created 2026-11-22T10:02:00Z.
 * Written by autogen from the entities: review it, then run {@code autogen upgrade head}.
 *
 * <p>Hazards: none.
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "01f89960b4f76bf0",
        schemaAfter = "6835b6ec5702ee5c"
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.fullName
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.renameColumn("items", "name", "full_name");
    }

    @Override
    public void downgrade(Operations op) {
        // Item.fullName
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.renameColumn("items", "full_name", "name");
    }
}
