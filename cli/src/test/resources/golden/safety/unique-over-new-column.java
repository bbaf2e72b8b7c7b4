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
        schemaBefore = "93cf2ee465250a48",
        schemaAfter = "019cac3dee01ce77"
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.isbn
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.addColumn("items", column("isbn", "character varying(255)"));
        // Item.isbn
        // LOCK: SHARE UPDATE EXCLUSIVE on items while the index builds (reads and writes go on), then ACCESS EXCLUSIVE briefly to attach it
        op.addUniqueConstraintUsingIndex("items", "uq_items_isbn", "isbn");
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
