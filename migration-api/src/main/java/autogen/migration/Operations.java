package autogen.migration;

import java.util.List;

/**
 * What a migration can do to the database. Tables and sequences are named {@code "name"} in the default
 * schema or {@code "schema.name"}, a part holding a dot in double quotes ({@link NameText}); types and default
 * expressions are PostgreSQL SQL text.
 */
public interface Operations {
    void createTable(String table, TableElement... elements);

    void dropTable(String table);

    void addColumn(String table, ColumnSpec column);

    void dropColumn(String table, String column);

    /**
     * Adds back a NOT NULL column that has no default, giving the rows that exist {@code fillExisting}, a
     * constant: what a downgrade does with a column its upgrade dropped, whose values are gone.
     */
    void restoreColumn(String table, ColumnSpec column, String fillExisting);

    /** Renames a table; {@code newName} is in the same schema. Rows, keys and indexes stay with it. */
    void renameTable(String table, String newName);

    /** Renames a column, keeping its values. */
    void renameColumn(String table, String column, String newName);

    /** Sets {@code column} to {@code expression} in every row where it is NULL, before it becomes NOT NULL. */
    void backfill(String table, String column, String expression);

    /**
     * Fails the migration with a message naming the column while a row holds NULL in it: the place of a backfill
     * that autogen could not write. Replace it with {@link #backfill} before running the migration.
     */
    void requireBackfill(String table, String column);

    void alterColumn(String table, String column, ColumnChange... changes);

    void addPrimaryKey(String table, String name, String... columns);

    void addUniqueConstraint(String table, String name, String... columns);

    void addForeignKey(String table, String name, ForeignKeySpec foreignKey);

    /** Drops a primary key, unique or foreign key constraint by name. */
    void dropConstraint(String table, String name);

    void createIndex(String table, String name, String... columns);

    void createUniqueIndex(String table, String name, String... columns);

    void dropIndex(String table, String name);

    /**
     * Builds an index without blocking the table's writes ({@code CREATE INDEX CONCURRENTLY}): a step of its own,
     * outside the migration's transaction, after dropping an invalid index a failed build left under the name.
     */
    void createIndexConcurrently(String table, String name, String... columns);

    /** {@link #createIndexConcurrently}, for a unique index. */
    void createUniqueIndexConcurrently(String table, String name, String... columns);

    /** Drops an index without blocking the table's reads and writes ({@code DROP INDEX CONCURRENTLY}). */
    void dropIndexConcurrently(String table, String name);

    /**
     * Adds a foreign key {@code NOT VALID} (checked for new rows at once) and validates the rows that exist in a
     * transaction of its own, under a lock that lets writes go on.
     */
    void addForeignKeyNotValid(String table, String name, ForeignKeySpec foreignKey);

    /** A check added {@code NOT VALID}, then validated, as {@link #addForeignKeyNotValid} does. */
    void addCheckConstraintNotValid(String table, String name, String expression);

    /**
     * Makes a column NOT NULL through a check added {@code NOT VALID} and validated in a transaction of its own,
     * so that {@code SET NOT NULL} does not scan the table under its strongest lock.
     */
    void setNotNullOnline(String table, String column);

    /** A primary key on a unique index built concurrently, attached with {@code USING INDEX}. */
    void addPrimaryKeyUsingIndex(String table, String name, String... columns);

    /** A unique constraint on a unique index built concurrently, attached with {@code USING INDEX}. */
    void addUniqueConstraintUsingIndex(String table, String name, String... columns);

    void createSequence(String sequence, long start, long increment);

    void alterSequence(String sequence, long start, long increment);

    void dropSequence(String sequence);

    /** Makes {@code table.column} the owner of a sequence ({@code OWNED BY}), as a serial column owns its own. */
    void setSequenceOwner(String sequence, String table, String column);

    /** Makes a sequence free-standing ({@code OWNED BY NONE}), so that it outlives the column that owned it. */
    void removeSequenceOwner(String sequence);

    /**
     * Turns a serial column into an identity column ({@code always}: {@code GENERATED ALWAYS}, else {@code BY
     * DEFAULT}): its default and its sequence go, and the identity starts after the highest value the column holds
     * and the sequence gave, as they are when the migration runs.
     */
    void convertSerialToIdentity(String table, String column, String sequence, boolean always);

    /**
     * Turns an identity column back into a serial one: the identity goes, the sequence comes back owned by the
     * column and set after every value given, and the column's {@code nextval} default with it.
     */
    void convertIdentityToSerial(String table, String column, String sequence, long start, long increment);

    void createSchema(String schema);

    void dropSchema(String schema);

    void createEnumType(String type, String... values);

    void dropEnumType(String type);

    /** Appends a value to an enum type ({@code ALTER TYPE ... ADD VALUE}). */
    void addEnumValue(String type, String value);

    /** Adds a value to an enum type just before an existing one. */
    void addEnumValueBefore(String type, String value, String existing);

    /**
     * Adds {@code value} at the end of an enum type in a step of its own, committed before the rest of the
     * migration, which may then use it ({@code IF NOT EXISTS}: the step may run again).
     */
    void addEnumValueInOwnStep(String type, String value);

    /** {@link #addEnumValueInOwnStep}, just before the value {@code existing}. */
    void addEnumValueBeforeInOwnStep(String type, String value, String existing);

    /**
     * Replaces an enum type by one with {@code values}, casting every column that uses it through text; fails
     * if a row holds a value that is gone.
     */
    void recreateEnumType(String type, List<String> values, EnumColumn... usages);

    void addCheckConstraint(String table, String name, String expression);

    /**
     * Changes the numbers stored in an ORDINAL enum column from the ordinals of the constants {@code before} to
     * those of {@code after}; fails while a row holds a constant that {@code after} lacks.
     */
    void remapOrdinals(String table, String column, List<String> before, List<String> after);

    /** Drops the check {@code dropped} and adds {@code name} in one statement, as when an enum gains a constant. */
    void replaceCheckConstraint(String table, String dropped, String name, String expression);

    void renameConstraint(String table, String from, String to);

    void renameIndex(String table, String from, String to);

    void setTableComment(String table, String comment);

    void removeTableComment(String table);

    void setColumnComment(String table, String column, String comment);

    void removeColumnComment(String table, String column);

    /** Creates (or replaces) a PL/pgSQL trigger function; {@code body} is the text between the dollar quotes. */
    void createTriggerFunction(String function, String body);

    void dropTriggerFunction(String function);

    /** Creates a BEFORE UPDATE trigger that runs {@code function} for each row of {@code table}. */
    void createTrigger(String table, String trigger, String function);

    void dropTrigger(String table, String trigger);

    /** Runs SQL that autogen does not generate, such as a data backfill; reviewed like the rest. */
    void execute(String sql);

    /**
     * Runs SQL that PostgreSQL refuses inside a transaction, such as {@code CREATE INDEX CONCURRENTLY}, on its own.
     * The runner records the migration as started before such a statement and finished after the last one, and
     * on failure says which statements ran.
     */
    void executeWithoutTransaction(String sql);
}
