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
        schemaAfter = "578cc75afb1097ba"
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.email
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.addColumn("items", column("email", "character varying(255)"));
        // Item.email
        // LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on); the rows it fills are locked until it commits
        op.backfill("items", "email", "lower(name) || '@example.com'");
        op.setNotNullOnline("items", "email");
    }

    @Override
    public void downgrade(Operations op) {
        // Item.email
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.alterColumn("items", "email", dropNotNull());
        // Item.email
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.dropColumn("items", "email");
    }
}
