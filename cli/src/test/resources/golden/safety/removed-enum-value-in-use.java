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
 * <li>MAY_FAIL_ON_EXISTING_ROWS, LOCKS_TABLE: public.items.status: values - ARCHIVED; preflight: rows using ARCHIVED: 1 (exact count); rows of items: 2 (exact count), N kB on disk</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "332fd40c665c2efb",
        schemaAfter = "910321decd6c42ca",
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // HAZARD LOCKS_TABLE: holds a lock that blocks writes, or all access, while it scans the table or builds an index
        // LOCK: ACCESS EXCLUSIVE on items while the new check scans the rows (reads and writes wait)
        // NOTE: preflight: rows using ARCHIVED: 1 (exact count); rows of items: 2 (exact count), N kB on disk
        op.replaceCheckConstraint("items", "ck_items_status", "ck_items_status",
                "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text, ('PUBLISHED'::character varying)::text]))");
    }

    @Override
    public void downgrade(Operations op) {
        // Item
        // HAZARD LOCKS_TABLE: holds a lock that blocks writes, or all access, while it scans the table or builds an index
        // LOCK: ACCESS EXCLUSIVE on items while the new check scans the rows (reads and writes wait)
        op.replaceCheckConstraint("items", "ck_items_status", "ck_items_status",
                "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text, ('PUBLISHED'::character varying)::text, ('ARCHIVED'::character varying)::text]))");
    }
}
