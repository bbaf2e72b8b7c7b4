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
 * <li>NARROWS_TYPE, REWRITES_TABLE: alter column public.items.body: type text -&gt; character varying(255); preflight: values character varying(255) does not accept: 1 (exact count); rows of items: 2 (exact count), N kB on disk</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100300",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:03:00Z",
        schemaBefore = "18ed12e119e4c7f3",
        schemaAfter = "58e82fec0013b213",
        hazards = {"NARROWS_TYPE", "REWRITES_TABLE"}
)
final class Migration_20261122100300 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.body
        // HAZARD NARROWS_TYPE: narrows the type: a value that does not fit fails the migration, a number or a time with more digits is rounded
        // HAZARD REWRITES_TABLE: rewrites the whole table under an ACCESS EXCLUSIVE lock
        // LOCK: ACCESS EXCLUSIVE on items while it converts the column (reads and writes wait)
        // NOTE: preflight: values character varying(255) does not accept: 1 (exact count); rows of items: 2 (exact count), N kB on disk
        op.alterColumn("items", "body", setType("character varying(255)", "body::character varying"));
    }

    @Override
    public void downgrade(Operations op) {
        // Item.body
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.alterColumn("items", "body", setType("text", "body::text"));
    }
}
