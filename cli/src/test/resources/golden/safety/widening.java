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
        schemaBefore = "37f481041c84caa5",
        schemaAfter = "94f53f718bbfbdd1"
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.name
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.alterColumn("items", "name", setType("character varying(200)"));
    }

    @Override
    public void downgrade(Operations op) {
        // Item.name
        // HAZARD NARROWS_TYPE: narrows the type: a value that does not fit fails the migration, a number or a time with more digits is rounded
        // HAZARD REWRITES_TABLE: rewrites the whole table under an ACCESS EXCLUSIVE lock
        // LOCK: ACCESS EXCLUSIVE on items while it converts the column (reads and writes wait)
        op.alterColumn("items", "name", setType("character varying(100)"));
    }
}
