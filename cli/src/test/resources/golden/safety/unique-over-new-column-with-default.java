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
 * <li>MAY_FAIL_ON_EXISTING_ROWS, LOCKS_TABLE: add unique constraint uq_items_isbn on public.items [isbn]; preflight: rows sharing isbn (isbn is the same in every row, from the migration; the key fails on 2 or more): 3 (exact count); rows of items: 3 (exact count), N kB on disk</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "93cf2ee465250a48",
        schemaAfter = "e760a611d04eafaf",
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.isbn
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.addColumn("items", column("isbn", "character varying(255)").defaultValue("'none'::character varying"));
        // Item.isbn
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // HAZARD LOCKS_TABLE: holds a lock that blocks writes, or all access, while it scans the table or builds an index
        // LOCK: ACCESS EXCLUSIVE on items while it builds the index (reads and writes wait)
        // NOTE: preflight: rows sharing isbn (isbn is the same in every row, from the migration; the key fails on 2 or more): 3 (exact count); rows of items: 3 (exact count), N kB on disk
        op.addUniqueConstraint("items", "uq_items_isbn", "isbn");
    }

    @Override
    public void downgrade(Operations op) {
        // Item.isbn
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.dropConstraint("items", "uq_items_isbn");
        // Item.isbn
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.dropColumn("items", "isbn");
    }
}
