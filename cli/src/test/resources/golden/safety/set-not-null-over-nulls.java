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
 * <li>MAY_FAIL_ON_EXISTING_ROWS: alter column public.items.email: not null, proven by a validated check first; preflight: rows holding NULL: 2 (exact count)</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "b2baa3830ae6c951",
        schemaAfter = "9d4dc52208f79e6e",
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.email
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on)
        // NOTE: preflight: rows holding NULL: 2 (exact count)
        op.setNotNullOnline("items", "email");
    }

    @Override
    public void downgrade(Operations op) {
        // Item.email
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.alterColumn("items", "email", dropNotNull());
    }
}
