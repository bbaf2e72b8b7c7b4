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
 * <li>MAY_FAIL_ON_EXISTING_ROWS, LOCKS_TABLE: add foreign key fk_items_owner_id_owners public.items [owner_id] -&gt; public.owners [id]; preflight: rows pointing at no row of owners: 2 (exact count), every row holding a key (the migration creates owners); rows of items: 3 (exact count), N kB on disk</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "07f93cdb0efaf9df",
        schemaAfter = "c72aa609bd5e28e0",
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Owner
        op.createTable("owners",
                column("id", "bigint").notNull(),
                column("is_active", "boolean").notNull().defaultValue("true"),
                column("is_flagged", "boolean").notNull().defaultValue("false"),
                column("notes", "text"),
                column("created_at", "timestamp with time zone").notNull().defaultValue("now()"),
                column("updated_at", "timestamp with time zone").notNull().defaultValue("now()"),
                primaryKey("pk_owners", "id"));
        // Item.owner
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // HAZARD LOCKS_TABLE: holds a lock that blocks writes, or all access, while it scans the table or builds an index
        // LOCK: SHARE ROW EXCLUSIVE on items and owners while it scans the rows (writes wait)
        // NOTE: preflight: rows pointing at no row of owners: 2 (exact count), every row holding a key (the migration creates owners); rows of items: 3 (exact count), N kB on disk
        op.addForeignKey("items", "fk_items_owner_id_owners",
                foreignKey("owner_id").references("owners", "id"));
        op.createTrigger("owners", "update_timestamp", "set_updated_at");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTrigger("owners", "update_timestamp");
        // Item.owner
        op.dropConstraint("items", "fk_items_owner_id_owners");
        // Owner
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        op.dropTable("owners");
    }
}
