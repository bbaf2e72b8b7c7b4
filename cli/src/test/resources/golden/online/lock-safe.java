import static autogen.migration.Ddl.*;
import static autogen.schema.Identity.*;
import static autogen.schema.ReferentialAction.*;

import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.migration.Operations;

/**
 * Lock-safe
 *
 * <p>Revision 20261122100200, parent 20261122100000, created 2026-11-22T10:02:00Z.
 * Written by autogen from the entities: review it, then run {@code autogen upgrade head}.
 *
 * <p>Hazards and notes:
 * <ul>
 * <li>MAY_FAIL_ON_EXISTING_ROWS: alter column public.items.label: not null, proven by a validated check first; preflight: rows holding NULL: 0 (exact count)</li>
 * <li>MAY_FAIL_ON_EXISTING_ROWS: add unique constraint uq_items_code on public.items [code] on a unique index built concurrently; preflight: groups of rows sharing code: 0 (exact count)</li>
 * <li>MAY_FAIL_ON_EXISTING_ROWS: add check ck_items_qty on public.items: (qty &gt;= 0), NOT VALID then validated; preflight: rows breaking the check: 0 (exact count)</li>
 * <li>MAY_FAIL_ON_EXISTING_ROWS: add foreign key fk_items_owner_id_owners public.items [owner_id] -&gt; public.owners [id], NOT VALID then validated; preflight: rows pointing at no row of owners: 0 (exact count)</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "Lock-safe",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "6c4327e946ed0549",
        schemaAfter = "b697eb1f3a2183d8",
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.label
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on)
        // NOTE: preflight: rows holding NULL: 0 (exact count)
        op.setNotNullOnline("items", "label");
        // Item.code
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // LOCK: SHARE UPDATE EXCLUSIVE on items while the index builds (reads and writes go on), then ACCESS EXCLUSIVE briefly to attach it
        // NOTE: preflight: groups of rows sharing code: 0 (exact count)
        op.addUniqueConstraintUsingIndex("items", "uq_items_code", "code");
        // Item
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // LOCK: ACCESS EXCLUSIVE on items, briefly, then SHARE UPDATE EXCLUSIVE while it validates the rows (writes go on)
        // NOTE: preflight: rows breaking the check: 0 (exact count)
        op.addCheckConstraintNotValid("items", "ck_items_qty", "(qty >= 0)");
        // Item.qty
        // LOCK: SHARE UPDATE EXCLUSIVE on items while it builds (reads and writes go on)
        op.createIndexConcurrently("items", "ix_items_qty", "qty");
        // Item.owner
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // LOCK: SHARE ROW EXCLUSIVE on items and owners, briefly, then SHARE UPDATE EXCLUSIVE on items while it validates the rows (writes go on)
        // NOTE: preflight: rows pointing at no row of owners: 0 (exact count)
        op.addForeignKeyNotValid("items", "fk_items_owner_id_owners",
                foreignKey("owner_id").references("owners", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        // Item.owner
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items and owners, briefly
        op.dropConstraint("items", "fk_items_owner_id_owners");
        // Item.qty
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: SHARE UPDATE EXCLUSIVE on items (reads and writes go on)
        op.dropIndexConcurrently("items", "ix_items_qty");
        // Item
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.dropConstraint("items", "ck_items_qty");
        // Item.code
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.dropConstraint("items", "uq_items_code");
        // Item.label
        // HAZARD WEAKENS_SCHEMA: removes a rule the application may rely on (a NOT NULL, a default, a key, an index or a check)
        // LOCK: ACCESS EXCLUSIVE on items, briefly
        op.alterColumn("items", "label", dropNotNull());
    }
}
