import static autogen.migration.Ddl.*;
import static autogen.schema.Identity.*;
import static autogen.schema.ReferentialAction.*;

import autogen.migration.Migration;
import autogen.migration.MigrationInfo;
import autogen.migration.Operations;
import java.util.List;

/**
 * After
 *
 * <p>Revision 20261122100200, parent 20261122100000, created 2026-11-22T10:02:00Z.
 * Written by autogen from the entities: review it, then run {@code autogen upgrade head}.
 *
 * <p>Hazards and notes:
 * <ul>
 * <li>MAY_FAIL_ON_EXISTING_ROWS, LOCKS_TABLE, CHANGES_ORDINAL_MEANING: public.items.level: stored ORDINAL numbers follow the constants' new order LOW, HIGH (MEDIUM removed); preflight: rows of items: 2 (exact count), N kB on disk</li>
 * </ul>
 */
@MigrationInfo(
        revision = "20261122100200",
        parents = {"20261122100000"},
        message = "After",
        created = "2026-11-22T10:02:00Z",
        schemaBefore = "0f1301ef1fdd8462",
        schemaAfter = "deda262c7b58df9b",
        ordinals = {"public.items.level=LOW,HIGH"},
        hazards = {"MAY_FAIL_ON_EXISTING_ROWS", "LOCKS_TABLE", "CHANGES_ORDINAL_MEANING"}
)
final class Migration_20261122100200 implements Migration {
    @Override
    public void upgrade(Operations op) {
        // Item.level
        // HAZARD MAY_FAIL_ON_EXISTING_ROWS: fails if existing rows break the new rule
        // HAZARD LOCKS_TABLE: holds a lock that blocks writes, or all access, while it scans the table or builds an index
        // HAZARD CHANGES_ORDINAL_MEANING: changes what the numbers stored for an ORDINAL enum mean
        // LOCK: ACCESS EXCLUSIVE on items while the new range check scans the rows; the rows it renumbers are locked until it commits
        // NOTE: preflight: rows of items: 2 (exact count), N kB on disk
        op.dropConstraint("items", "ck_items_level");
        op.remapOrdinals("items", "level",
                List.of("LOW", "MEDIUM", "HIGH"),
                List.of("LOW", "HIGH"));
        op.addCheckConstraint("items", "ck_items_level", "((level >= 0) AND (level <= 1))");
    }

    @Override
    public void downgrade(Operations op) {
        // Item.level
        // HAZARD LOCKS_TABLE: holds a lock that blocks writes, or all access, while it scans the table or builds an index
        // HAZARD CHANGES_ORDINAL_MEANING: changes what the numbers stored for an ORDINAL enum mean
        // LOCK: ACCESS EXCLUSIVE on items while the new range check scans the rows; the rows it renumbers are locked until it commits
        op.dropConstraint("items", "ck_items_level");
        op.remapOrdinals("items", "level",
                List.of("LOW", "HIGH"),
                List.of("LOW", "MEDIUM", "HIGH"));
        op.addCheckConstraint("items", "ck_items_level", "((level >= 0) AND (level <= 2))");
    }
}
