package autogen.introspect;

import static autogen.introspect.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostgresIntrospectorTest {
    private static final QualifiedName VERSION_TABLE = QualifiedName.of("autogen_version");
    private static final IntrospectionScope SCOPE =
            IntrospectionScope.of("public", "inventory").excluding(VERSION_TABLE);

    private final PostgresIntrospector introspector = new PostgresIntrospector();

    @Test
    void readsEveryFieldOfEveryRecord() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_all")) {
            execute(c, IntrospectorFixture.DDL);
            assertEquals(IntrospectorFixture.expected(), introspector.read(c, SCOPE));
        }
    }

    @Test
    void leavesOutExcludedTablesAndSchemasOutOfScope() throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_scope")) {
            execute(c, """
                    create table autogen_version (version text primary key);
                    create table kept (id integer);
                    create schema other;
                    create table other.elsewhere (id integer);
                    """);
            Table kept = new Table(QualifiedName.of("kept"), List.of(Column.of("id", "integer")), Optional.empty(),
                    List.of(), List.of(), List.of());
            assertEquals(new Schema(List.of(kept), List.of()), introspector.read(c, SCOPE));
            assertEquals(List.of(VERSION_TABLE, kept.name()),
                    introspector.read(c, IntrospectionScope.of("public")).tables().stream().map(Table::name).toList());
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
        int forOneTable = statementsToRead(1);
        assertEquals(forOneTable, statementsToRead(200));
        assertEquals(5, forOneTable, "one query per object kind");
    }

    private int statementsToRead(int tables) throws SQLException {
        try (Connection c = TestDatabase.fresh("introspect_count")) {
            execute(c, IntStream.rangeClosed(1, tables).mapToObj(PostgresIntrospectorTest::linkedTable)
                    .collect(Collectors.joining("\n")));
            StatementCounter counter = new StatementCounter(c);
            Schema schema = introspector.read(counter.connection(), SCOPE);
            assertEquals(tables, schema.tables().size());
            assertEquals(tables, schema.tables().stream().mapToInt(t -> t.indexes().size()).sum());
            return counter.count();
        }
    }

    /** Table i has a key, a unique constraint, an index and a foreign key to table i - 1 (the first to itself). */
    private static String linkedTable(int i) {
        return ("create table t%1$d (id integer primary key, code text unique, parent integer"
                + " references t%2$d (id));\ncreate index ix_t%1$d_parent on t%1$d (parent);")
                .formatted(i, Math.max(1, i - 1));
    }
}
