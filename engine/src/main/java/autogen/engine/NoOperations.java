package autogen.engine;

import autogen.migration.ColumnChange;
import autogen.migration.ColumnSpec;
import autogen.migration.EnumColumn;
import autogen.migration.ForeignKeySpec;
import autogen.migration.Operations;
import autogen.migration.TableElement;
import java.util.List;

/**
 * Operations that do nothing: the base of the recorders that run a migration's code to learn what it does (which
 * rules it makes, what its downgrade drops) without a database. Each overrides the calls it cares about.
 */
public abstract class NoOperations implements Operations {
    @Override public void createTable(String table, TableElement... elements) { }
    @Override public void dropTable(String table) { }
    @Override public void addColumn(String table, ColumnSpec column) { }
    @Override public void dropColumn(String table, String column) { }
    @Override public void restoreColumn(String table, ColumnSpec column, String fillExisting) { }
    @Override public void renameTable(String table, String newName) { }
    @Override public void renameColumn(String table, String column, String newName) { }
    @Override public void backfill(String table, String column, String expression) { }
    @Override public void requireBackfill(String table, String column) { }
    @Override public void alterColumn(String table, String column, ColumnChange... changes) { }
    @Override public void addPrimaryKey(String table, String name, String... columns) { }
    @Override public void addUniqueConstraint(String table, String name, String... columns) { }
    @Override public void addForeignKey(String table, String name, ForeignKeySpec foreignKey) { }
    @Override public void dropConstraint(String table, String name) { }
    @Override public void createIndex(String table, String name, String... columns) { }
    @Override public void createUniqueIndex(String table, String name, String... columns) { }
    @Override public void dropIndex(String table, String name) { }
    @Override public void createIndexConcurrently(String table, String name, String... columns) { }
    @Override public void createUniqueIndexConcurrently(String table, String name, String... columns) { }
    @Override public void dropIndexConcurrently(String table, String name) { }
    @Override public void addForeignKeyNotValid(String table, String name, ForeignKeySpec foreignKey) { }
    @Override public void addCheckConstraintNotValid(String table, String name, String expression) { }
    @Override public void setNotNullOnline(String table, String column) { }
    @Override public void addPrimaryKeyUsingIndex(String table, String name, String... columns) { }
    @Override public void addUniqueConstraintUsingIndex(String table, String name, String... columns) { }
    @Override public void createSequence(String sequence, long start, long increment) { }
    @Override public void alterSequence(String sequence, long start, long increment) { }
    @Override public void dropSequence(String sequence) { }
    @Override public void setSequenceOwner(String sequence, String table, String column) { }
    @Override public void removeSequenceOwner(String sequence) { }
    @Override public void convertSerialToIdentity(String table, String column, String sequence, boolean always) { }
    @Override public void convertIdentityToSerial(String table, String column, String sequence, long start,
                                                  long increment) { }
    @Override public void createSchema(String schema) { }
    @Override public void dropSchema(String schema) { }
    @Override public void createEnumType(String type, String... values) { }
    @Override public void dropEnumType(String type) { }
    @Override public void addEnumValue(String type, String value) { }
    @Override public void addEnumValueBefore(String type, String value, String existing) { }
    @Override public void addEnumValueInOwnStep(String type, String value) { }
    @Override public void addEnumValueBeforeInOwnStep(String type, String value, String existing) { }
    @Override public void recreateEnumType(String type, List<String> values, EnumColumn... usages) { }
    @Override public void addCheckConstraint(String table, String name, String expression) { }
    @Override public void remapOrdinals(String table, String column, List<String> before, List<String> after) { }
    @Override public void replaceCheckConstraint(String table, String dropped, String name, String expression) { }
    @Override public void renameConstraint(String table, String from, String to) { }
    @Override public void renameIndex(String table, String from, String to) { }
    @Override public void setTableComment(String table, String comment) { }
    @Override public void removeTableComment(String table) { }
    @Override public void setColumnComment(String table, String column, String comment) { }
    @Override public void removeColumnComment(String table, String column) { }
    @Override public void createTriggerFunction(String function, String body) { }
    @Override public void dropTriggerFunction(String function) { }
    @Override public void createTrigger(String table, String trigger, String function) { }
    @Override public void dropTrigger(String table, String trigger) { }
    @Override public void execute(String sql) { }
    @Override public void executeWithoutTransaction(String sql) { }
}
