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
 * <li>MAY_FAIL_ON_EXISTING_ROWS: add foreign key fk_items_owner_id_owners public.items [owner_id] -&gt; public.owners [id], NOT VALID then validated; preflight: rows pointing at no row of owners: 2 (exact count)</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "40ca91995b8d88b4",
        schemaAfter = "c72aa609bd5e28e0",
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.owner
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // LOCK: SHARE ROW EXCLUSIVE on items and owners, briefly, then SHARE UPDATE EXCLUSIVE on items while it validates the rows (writes go on)
        // NOTE: preflight: rows pointing at no row of owners: 2 (exact count)
        op.addForeignKeyNotValid("items", "fk_items_owner_id_owners",
                foreignKey("owner_id").references("owners", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        // Item.owner
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items and owners, briefly
        op.dropConstraint("items", "fk_items_owner_id_owners");
    }
}
