import static autogen.migration.Ddl.*;
import static autogen.schema.Identity.*;
import static autogen.schema.ReferentialAction.*;

import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.migration.Operations;

/**
 * After
 *
 * <p>Revision 20261122100300, parent 20261122100000, created 2026-11-22T10:03:00Z.
 * Written by autogen from the entities: review it, then run {@code autogen upgrade head}.
 *
 * <p>Hazards and notes:
 * <ul>
 * <li>DELETES_DATA: drop column public.items.email; preflight: values lost: 2 (exact count)</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100300",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:03:00Z",
        schemaBefore = "578cc75afb1097ba",
        schemaAfter = "01f89960b4f76bf0",
        hazards = {"DELETES_DATA"}
)
final class Migration_20261122100300 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        // NOTE: preflight: values lost: 2 (exact count)
        op.dropColumn("items", "email");
    }

    @Override
    public void downgrade(Operations op) {
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        // The dropped values do not come back: existing rows get '' in email; write a better value here if one can be derived.
        op.restoreColumn("items", column("email", "character varying(255)").notNull(), "''");
    }
}
