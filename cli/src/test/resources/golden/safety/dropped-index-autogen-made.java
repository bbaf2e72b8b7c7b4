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
 * <p>Hazards:
 * <ul>
 * <li>WEAKENS_SCHEMA: drop index ix_items_name on public.items concurrently</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "417aeb8dbbeb985a",
        schemaAfter = "01f89960b4f76bf0",
        hazards = {"WEAKENS_SCHEMA"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: SHARE UPDATE EXCLUSIVE on items (reads and writes go on)
        op.dropIndexConcurrently("items", "ix_items_name");
    }

    @Override
    public void downgrade(Operations op) {
        // LOCK: SHARE UPDATE EXCLUSIVE on items while it builds (reads and writes go on)
        op.createIndexConcurrently("items", "ix_items_name", "name");
    }
}
