package autogen.introspect;

import static autogen.introspect.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Index;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostgresIntrospectorTest {
    private static final IntrospectionScope SCOPE = IntrospectionScope.of("public", "inventory");

    private static final String SET_UPDATED_AT = """
            create function set_updated_at() returns trigger language plpgsql as $$ begin return new; end $$;
            """;

    private final PostgresIntrospector introspector = new PostgresIntrospector();

    @Test
    void readsEveryFieldOfEveryRecord() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_all")) {
            execute(c, IntrospectorFixture.DDL);
            assertEquals(IntrospectorFixture.expected(), introspector.read(c, SCOPE));
        }
    }

    @Test
    void readsTheSameOnTwoConnectionsSideBySide() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_two"); Connection other = TestDatabase.another(c)) {
            execute(c, IntrospectorFixture.DDL);
            assertEquals(IntrospectorFixture.expected(), introspector.read(c, other, SCOPE));
        }
    }

    @Test
    void aFailureOnTheSecondConnectionIsTheReadsFailure() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_fail"); Connection other = TestDatabase.another(c)) {
            other.close();
            SQLException e = assertThrows(SQLException.class, () -> introspector.read(c, other, SCOPE));
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
        }
    }

    @Test
    void leavesOutExcludedTablesAndSchemasOutOfScope() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_scope")) {
            execute(c, """
                    create table audit_log (entry text);
                    create table kept (id integer);
                    create schema other;
                    create table other.elsewhere (id integer);
                    create type other.elsewhere_kind as enum ('a');
                    """);
            Table kept = new Table(QualifiedName.of("kept"), List.of(Column.of("id", "integer")), Optional.empty(),
                    List.of(), List.of(), List.of());
            QualifiedName auditLog = QualifiedName.of("audit_log");
            assertEquals(new Schema(List.of(kept), List.of()),
                    introspector.read(c, IntrospectionScope.of("public", "inventory").excluding(auditLog)));
            assertEquals(List.of(auditLog, kept.name()),
                    introspector.read(c, IntrospectionScope.of("public")).tables().stream().map(Table::name).toList());
        }
    }

    @Test
    void neverReadsTheHistoryTablesOfMigrationToolsInAnySchema() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_history")) {
            execute(c, """
                    create schema tools;
                    create table autogen_version (version text primary key);
                    create table flyway_schema_history (installed_rank integer primary key);
                    create table tools.databasechangelog (id varchar(255));
                    create table tools.databasechangeloglock (id integer primary key);
                    create table tools.alembic_version (version_num varchar(32) primary key);
                    create table tools.autogen_version (version text primary key);
                    """);
            assertEquals(new Schema(List.of("public", "tools"), List.of(), List.of(), List.of()),
                    introspector.read(c, IntrospectionScope.of("public", "tools")));
        }
    }

    @Test
    void indexReferencedByAForeignKeyAndKeysToPartitionedTablesAppearOnce() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_references")) {
            execute(c, """
                    create table parent (code text not null);
                    create unique index ux_parent_code on parent (code);
                    create table child (code text constraint fk_child_parent references parent (code));
                    create table log (id integer, day date, constraint pk_log primary key (id, day))
                        partition by range (day);
                    create table log_2024 partition of log for values from ('2024-01-01') to ('2025-01-01');
                    create table log_2025 partition of log for values from ('2025-01-01') to ('2026-01-01');
                    create table log_ref (id integer, day date,
                        constraint fk_log_ref_log foreign key (id, day) references log (id, day));
                    """);
            Schema schema = introspector.read(c, SCOPE);
            assertEquals(List.of(new Index("ux_parent_code", List.of("code"), true)),
                    schema.table(QualifiedName.of("parent")).orElseThrow().indexes());
            assertEquals(List.of("fk_log_ref_log"), schema.table(QualifiedName.of("log_ref")).orElseThrow()
                    .foreignKeys().stream().map(ForeignKey::name).toList());
            assertEquals(List.of("child", "log", "log_ref", "parent"),
                    schema.tables().stream().map(t -> t.name().name()).toList());
        }
    }

    @Test
    void statementCountDoesNotGrowWithTheNumberOfTables() throws SQLException {
        int forOneTable = statementsToRead(1, false);
        assertEquals(forOneTable, statementsToRead(200, false));
        assertEquals(9, forOneTable, "one query per object kind");
    }

    @Test
    void twoConnectionsShareTheSameStatements() throws SQLException {
        assertEquals(9, statementsToRead(1, true));
        assertEquals(9, statementsToRead(200, true));
    }

    private int statementsToRead(int tables, boolean twoConnections) throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_count"); Connection second = TestDatabase.another(c)) {
            execute(c, SET_UPDATED_AT + IntStream.rangeClosed(1, tables).mapToObj(PostgresIntrospectorTest::linkedTable)
                    .collect(Collectors.joining("\n")));
            StatementCounter counter = new StatementCounter(c);
            StatementCounter secondCounter = new StatementCounter(second);
            IntrospectionScope scope = SCOPE.withTriggerFunctions(Set.of(QualifiedName.of("set_updated_at")));
            Schema schema = twoConnections
                    ? introspector.read(counter.connection(), secondCounter.connection(), scope)
                    : introspector.read(counter.connection(), scope);
            if (twoConnections) {
                assertTrue(counter.count() > 0 && secondCounter.count() > 0, "both connections are used");
            }
            assertEquals(tables, schema.tables().size());
            assertEquals(1, schema.functions().size());
            assertEquals(tables, schema.tables().stream().mapToInt(t -> t.triggers().size()).sum());
            assertEquals(tables, schema.tables().stream().mapToInt(t -> t.indexes().size()).sum());
            assertEquals(tables, schema.tables().stream().mapToInt(t -> t.checks().size()).sum());
            assertEquals(tables, schema.enums().size());
            return counter.count() + secondCounter.count();
        }
    }

    /**
     * Table i has a key, a unique constraint, a check, a generated column, comments, an enum column, an index, a
     * foreign key to table i - 1 (the first to itself) and a trigger running {@link #SET_UPDATED_AT}.
     */
    private static String linkedTable(int i) {
        return ("""
                create type kind%1$d as enum ('a', 'b');
                create table t%1$d (id integer primary key, code text unique, parent integer references t%2$d (id),
                    kind kind%1$d, twice integer generated always as (id * 2) stored, check (id > 0));
                create index ix_t%1$d_parent on t%1$d (parent);
                comment on table t%1$d is 'table %1$d';
                comment on column t%1$d.code is 'code %1$d';
                create trigger update_timestamp before update on t%1$d for each row execute function set_updated_at();
                """).formatted(i, Math.max(1, i - 1));
    }
}
