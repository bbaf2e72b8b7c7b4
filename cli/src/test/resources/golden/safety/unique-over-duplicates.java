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
 * <p>Hazards and notes:
 * <ul>
 * <li>MAY_FAIL_ON_EXISTING_ROWS: add unique constraint uq_items_code on public.items [code] on a unique index built concurrently; preflight: groups of rows sharing code: 2 (exact count)</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "d0c61c6f13997fdf",
        schemaAfter = "966f31cce06d4c01",
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.code
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // LOCK: SHARE UPDATE EXCLUSIVE on items while the index builds (reads and writes go on), then ACCESS EXCLUSIVE briefly to attach it
        // NOTE: preflight: groups of rows sharing code: 2 (exact count)
        op.addUniqueConstraintUsingIndex("items", "uq_items_code", "code");
    }

    @Override
    public void downgrade(Operations op) {
        // Item.code
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.dropConstraint("items", "uq_items_code");
    }
}
