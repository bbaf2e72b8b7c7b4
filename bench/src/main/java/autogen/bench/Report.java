package autogen.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders the benchmark's figures as Markdown tables, the same text printed and written to a file. */
final class Report {
    private final StringBuilder out = new StringBuilder();

    Report line(String text) {
        out.append(text).append('\n');
        return this;
    }

    String text() {
        return out.toString();
    }

    void size(SizeBench.Result r, int runs) {
        line("### " + r.size() + " entities").line("");
        r.infos().forEach((k, v) -> line("- " + k + ": " + v));
        line("").line("| figure | median | first (cold) |").line("| --- | ---: | ---: |");
        section("autogen in-process: one JVM with the launcher's flags; first run cold, median of the " + runs
                + " warm runs after it");
        row("model reading (HibernateModelReader.read)", r.get("phase.model.read"));
        row("  of it: Hibernate's metamodel build (the model reader's boot once the class files are read; Hibernate's classes already loaded)",
                r.get("phase.model.metamodel"));
        row("metadata injection + normalization of the target (TargetNormalizer)", r.get("phase.normalize.target"));
        row("introspection (PostgresIntrospector.read, " + r.infos().getOrDefault("probe statements", "?")
                + " statements)", r.get("phase.introspect"));
        row("normalization of the introspected current", r.get("phase.normalize.current"));
        row("diff, database vs entities (in sync: 0 operations)", r.get("phase.diff.check"));
        row("diff, empty vs entities (" + r.infos().getOrDefault("probe operations", "?") + " operations)",
                r.get("phase.diff.create"));
        row("rendering: JavaMigrationRenderer of that plan", r.get("phase.render.java"));
        row("rendering: PostgresSqlRenderer over that plan", r.get("phase.render.sql"));
        row("**autogen's own work in check** (the check phases above minus the metamodel build)", ownWork(r));
        row("psql: the same 9 catalog queries, one process", r.get("psql.catalog"));
        section("whole processes, each a fresh JVM; median of " + runs);
        row("`autogen --version` (JVM to ready)", r.get("process.version"));
        row("**`autogen check --db`** (in sync, exit 0), cold model cache", r.get("process.check"));
        row("**`autogen check --db`**, warm model cache", r.get("process.check.warm"));
        row("  check minus JVM start minus Hibernate's metamodel build (from the update peer)",
                r.get("process.check").minus(r.get("process.version")).minus(r.get("peer.hibernate.update.metamodel")));
        row("`autogen revision -m` against an empty database (warm model cache)", r.get("process.revision"));
        section("peers, same database and model, each a fresh JVM; median of " + runs);
        row("**Hibernate SchemaMigrator, update script** (process)", r.get("peer.hibernate.update"));
        row("  in its JVM: metamodel build (with JDBC)", r.get("peer.hibernate.update.metamodel"));
        row("  in its JVM: update script generation", r.get("peer.hibernate.update.tool"));
        row("**Hibernate SchemaMigrator, update script**, default JVM flags (process)",
                r.get("peer.hibernate.update.defaultjvm"));
        row("  in its JVM: metamodel build (with JDBC)", r.get("peer.hibernate.update.defaultjvm.metamodel"));
        row("  in its JVM: update script generation", r.get("peer.hibernate.update.defaultjvm.tool"));
        row("**Hibernate SchemaValidator** (process)", r.get("peer.hibernate.validate"));
        row("  in its JVM: validation after the metamodel build", r.get("peer.hibernate.validate.tool"));
        row("**Liquibase diff** of a copy of the database against it (process)", r.get("peer.liquibase"));
        row("  in its JVM: snapshots + comparison", r.get("peer.liquibase.injvm"));
        row("  for comparison: Liquibase diff of the database against an empty one (process, one run)",
                r.get("peer.liquibase.empty"));
        line("");
        ratios(r);
        r.notes().forEach(n -> line("- note: " + n));
        line("");
    }

    private void ratios(SizeBench.Result r) {
        line("| autogen / peer (medians) | autogen | peer | autogen / peer | peer / autogen |").line("| --- | ---: | ---: | ---: | ---: |");
        Samples check = r.get("process.check");
        ratio("check, cold cache / Hibernate update (processes)", check, r.get("peer.hibernate.update"));
        ratio("check, warm cache / Hibernate update (processes)", r.get("process.check.warm"),
                r.get("peer.hibernate.update"));
        ratio("check, cold cache / Hibernate update, default JVM (processes)", check,
                r.get("peer.hibernate.update.defaultjvm"));
        ratio("check, warm cache / Hibernate update, default JVM (processes)", r.get("process.check.warm"),
                r.get("peer.hibernate.update.defaultjvm"));
        ratio("check / Hibernate validate (processes)", check, r.get("peer.hibernate.validate"));
        ratio("check, cold cache / Liquibase diff (processes)", check, r.get("peer.liquibase"));
        ratio("check, warm cache / Liquibase diff (processes)", r.get("process.check.warm"), r.get("peer.liquibase"));
        ratio("check process / Liquibase diff in its JVM", check, r.get("peer.liquibase.injvm"));
        ratio("introspection, warm / psql", r.get("phase.introspect"), r.get("psql.catalog"));
        ratio("introspection, cold / psql", first(r.get("phase.introspect")), r.get("psql.catalog"));
        line("");
    }

    void growth(Map<Integer, SizeBench.Result> results) {
        if (!results.containsKey(1000) || !results.containsKey(5000)) {
            return;
        }
        line("### Growth from 1,000 to 5,000 entities (warm medians)").line("");
        line("| phase | 1,000 | 5,000 | growth |").line("| --- | ---: | ---: | ---: |");
        for (String phase : List.of("model.read", "model.metamodel", "normalize.target", "introspect",
                "normalize.current", "diff.check", "diff.create", "render.java", "render.sql")) {
            Samples a = results.get(1000).get("phase." + phase);
            Samples b = results.get(5000).get("phase." + phase);
            if (a.present() && b.present()) {
                line("| " + phase + " | " + Samples.format(a.median()) + " | " + Samples.format(b.median()) + " | "
                        + String.format("%.1f×", b.median() / a.median()) + " |");
            }
        }
        line("");
    }

    void shadow(Samples process, Map<String, Samples> probe, int runs) {
        line("### Shadow database, sample app").line("");
        line("| figure | median | first (cold) |").line("| --- | ---: | ---: |");
        row("`autogen --config sample-app/autogen.properties check` (process; first with an empty cache folder,"
                + " median of the " + runs + " after it)", process);
        row("in-process: load (compile) the migrations", probe.getOrDefault("shadow.load", Samples.missing("n/a")));
        row("in-process: start the embedded PostgreSQL", probe.getOrDefault("shadow.start", Samples.missing("n/a")));
        row("in-process: replay the migrations", probe.getOrDefault("shadow.replay", Samples.missing("n/a")));
        row("**in-process: shadow database ready** (all three; first run in a fresh JVM)", probe.getOrDefault("shadow.ready",
                Samples.missing("n/a")));
        line("");
    }

    static Samples ownWork(SizeBench.Result r) {
        return Samples.sum(List.of(r.get("phase.model.read").minus(r.get("phase.model.metamodel")),
                r.get("phase.normalize.target"), r.get("phase.introspect"), r.get("phase.normalize.current"),
                r.get("phase.diff.check")));
    }

    private static Samples first(Samples s) {
        return s.present() ? Samples.processes(List.of(s.first())) : s;
    }

    private void section(String title) {
        line("| _" + title + "_ | | |");
    }

    private void row(String label, Samples s) {
        if (!s.present()) {
            line("| " + label + " | " + s.note().orElse("n/a") + " | |");
            return;
        }
        String bound = s.note().filter(n -> n.equals("> limit")).map(n -> "> ").orElse("");
        line("| " + label + " | " + bound + Samples.format(s.median()) + " | " + bound + Samples.format(s.first())
                + " |");
    }

    private void ratio(String label, Samples autogen, Samples peer) {
        if (!autogen.present() || !peer.present()) {
            line("| " + label + " | " + (autogen.present() ? Samples.format(autogen.median()) : "n/a") + " | "
                    + (peer.present() ? Samples.format(peer.median()) : peer.note().orElse("n/a")) + " | n/a | |");
            return;
        }
        boolean bound = peer.note().map(n -> n.equals("> limit")).orElse(false);
        double ratio = autogen.median() / peer.median();
        line("| " + label + " | " + Samples.format(autogen.median()) + " | " + (bound ? "> " : "")
                + Samples.format(peer.median()) + " | " + (bound ? "< " : "") + String.format("%.3f", ratio) + " | "
                + (bound ? "> " : "") + String.format("%.1f×", 1 / ratio) + " |");
    }

    static Optional<Double> medianOf(Samples s) {
        return s.present() ? Optional.of(s.median()) : Optional.empty();
    }
}
