package autogen.engine;

import autogen.codegen.MigrationMeta;
import autogen.codegen.OperationDescriber;
import autogen.codegen.java.JavaMigrationRenderer;
import autogen.diff.MigrationPlan;
import autogen.diff.PlanHints;
import autogen.diff.SchemaDiffer;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run of {@code ./autogen} that records the class archive maps only the classes that run loads, and its first
 * run is often a check that finds nothing: every later check that does find differences would then load the
 * differ's operations, the report and the code writer from the jars, with their lambdas, about 30 ms at 1,000
 * entities. So the recording run also plans, reports and writes, into nothing, what the schema at hand would need
 * from nothing, to nothing, and from a copy stripped of columns, keys, indexes and triggers: the classes and call
 * sites a real difference uses.
 */
final class ArchiveTraining {
    /** Set by {@code ./autogen} on the run that records the archive (a system property, so tests never see it). */
    static final String PROPERTY = "autogen.archive.training";

    private ArchiveTraining() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Plans, reports and writes the differences {@code target} has with nothing and with a stripped copy of itself;
     * returns the kinds of operation that took part.
     */
    static Set<Class<?>> exercise(Schema target) {
        Schema stripped = target.withTables(target.tables().stream().map(ArchiveTraining::stripped).toList());
        PlanHints lockSafe = PlanHints.NONE.withOnline(true);
        List<MigrationPlan> plans = List.of(new SchemaDiffer().diff(Schema.empty(), target),
                new SchemaDiffer().diff(target, Schema.empty()),
                new SchemaDiffer(lockSafe).diff(stripped, target), new SchemaDiffer(lockSafe).diff(target, stripped));
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        Set<Class<?>> kinds = new HashSet<>();
        for (MigrationPlan plan : plans) {
            CheckReport.print(plan, "the database", nowhere);
            MigrationPlan.hazardsByStep(plan.up());
            for (Operation op : plan.up()) {
                OperationDescriber.describe(op);
                kinds.add(op.getClass());
            }
            new JavaMigrationRenderer().render(new MigrationMeta("20000101000000", List.of(), "training",
                    Instant.EPOCH, Optional.empty()), plan);
        }
        return kinds;
    }

    /**
     * {@code table} without its last column, keys, indexes, checks, triggers and comment, and with its other columns'
     * NOT NULL turned around: what a table the entities changed in every way looks like before the change.
     */
    private static Table stripped(Table table) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size() - 1; i++) {
            Column c = table.columns().get(i);
            columns.add(table.primaryKey().filter(pk -> pk.columns().contains(c.name())).isPresent() ? c
                    : c.withNullable(!c.nullable()));
        }
        return new Table(table.name(), columns, table.primaryKey(), List.of(), List.of(), List.of(), List.of(),
                Optional.of("training"), List.of());
    }
}
