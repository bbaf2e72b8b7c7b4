package autogen.cli.random;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.NamingConvention;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random but valid schema models for round-trip tests, and random edits of them. Everything is drawn from
 * one seeded {@link Random}, so a seed replays a case exactly. Names follow autogen's naming convention.
 */
final class RandomSchemas {
    static final String OTHER_SCHEMA = "s2";
    private static final QualifiedName MOOD = QualifiedName.of("mood");
    private static final List<String> MOODS = List.of("sad", "ok", "happy", "ecstatic", "calm");

    /** A column type with defaults that suit it and whether a numeric check fits it. */
    private record Type(String sql, List<String> defaults, boolean numeric) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("boolean", List.of("true", "false"), false),
            new Type("smallint", List.of("3"), true),
            new Type("integer", List.of("42", "0"), true),
            new Type("bigint", List.of("7"), true),
            new Type("numeric(10,2)", List.of("2.50"), true),
            new Type("real", List.of("1.5"), true),
            new Type("double precision", List.of("0.25"), true),
            new Type("character varying(40)", List.of("'abc'", "''"), false),
            new Type("character varying(200)", List.of("'it''s'"), false),
            new Type("text", List.of("'hello'"), false),
            new Type("character(3)", List.of("'abc'"), false),
            new Type("bytea", List.of(), false),
            new Type("date", List.of("CURRENT_DATE"), false),
            new Type("time(6) without time zone", List.of(), false),
            new Type("timestamp(6) without time zone", List.of("now()"), false),
            new Type("timestamp(3) with time zone", List.of("now()"), false),
            new Type("interval", List.of(), false),
            new Type("interval second(6)", List.of(), false),
            new Type("time(0) without time zone", List.of("LOCALTIME"), false),
            new Type("oid", List.of(), false),
            new Type("uuid", List.of("gen_random_uuid()"), false),
            new Type("jsonb", List.of("'{}'::jsonb"), false),
            new Type("json", List.of(), false),
            new Type("integer[]", List.of(), false),
            new Type("text[]", List.of(), false),
            new Type("mood", List.of(), false));

    private final Random random;

    RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    Schema schema() {
        List<Table> tables = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            tables.add(table(new QualifiedName(random.nextInt(4) == 0 ? OTHER_SCHEMA : "public", "t" + i), tables));
        }
        List<Sequence> sequences = random.nextBoolean()
                ? List.of(new Sequence(QualifiedName.of("seq_a"), 1, 1 + random.nextInt(50), owner(tables)))
                : List.of();
        return assemble(tables, moods(), sequences);
    }

    /** A random edit of {@code schema}: a few changes of every kind the differ knows. */
    Schema edit(Schema schema) {
        List<Table> tables = new ArrayList<>(schema.tables());
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int what = random.nextInt(10);
            if (what == 0 || tables.isEmpty()) {
                tables.add(table(new QualifiedName(random.nextBoolean() ? OTHER_SCHEMA : "public",
                        "t" + (10 + random.nextInt(90))), tables));
            } else if (what == 1 && tables.size() > 1) {
                Table gone = tables.remove(random.nextInt(tables.size()));
                tables.replaceAll(t -> withoutReferencesTo(t, gone.name()));
            } else {
                int index = random.nextInt(tables.size());
                tables.set(index, editTable(tables.get(index), tables));
            }
        }
        List<Table> edited = dedupe(tables);
        List<Sequence> sequences = schema.sequences().isEmpty() || random.nextInt(3) == 0
                ? (random.nextBoolean() ? List.of(new Sequence(QualifiedName.of("seq_a"), 1, 1 + random.nextInt(50),
                        owner(edited)))
                : List.of())
                : schema.sequences().stream().map(q -> random.nextInt(3) == 0 ? q.withOwner(owner(edited)) : q)
                .toList();
        return assemble(edited, random.nextInt(3) == 0 ? moods() : schema.enums(),
                owned(schema.sequences(), sequences, edited));
    }

    /** Half the time a column of a table in the sequence's schema, which may own it; else none. */
    private Optional<Sequence.Owner> owner(List<Table> tables) {
        List<Table> candidates = tables.stream().filter(t -> t.name().schema().equals("public")).toList();
        if (candidates.isEmpty() || random.nextBoolean()) {
            return Optional.empty();
        }
        Table table = candidates.get(random.nextInt(candidates.size()));
        return Optional.of(new Sequence.Owner(table.name(),
                table.columns().get(random.nextInt(table.columns().size())).name()));
    }

    /**
     * {@code sequences} as the differ leaves them after {@code before}: an owner whose column is gone owns nothing;
     * one whose column stays keeps a sequence left unowned, and a sequence left out (it goes only with its column).
     */
    private static List<Sequence> owned(List<Sequence> before, List<Sequence> sequences, List<Table> tables) {
        List<Sequence> after = new ArrayList<>(sequences.stream()
                .map(q -> q.ownedBy().isPresent() ? q : before.stream().filter(b -> b.name().equals(q.name()))
                        .findFirst().map(b -> q.withOwner(b.ownedBy())).orElse(q))
                .map(q -> q.ownedBy().filter(o -> exists(tables, o)).isPresent() ? q : q.withOwner(Optional.empty()))
                .toList());
        before.stream().filter(q -> q.ownedBy().filter(o -> exists(tables, o)).isPresent())
                .filter(q -> after.stream().noneMatch(a -> a.name().equals(q.name()))).forEach(after::add);
        return after;
    }

    private static boolean exists(List<Table> tables, Sequence.Owner owner) {
        return tables.stream().anyMatch(t -> t.name().equals(owner.table()) && t.column(owner.column()).isPresent());
    }

    private Schema assemble(List<Table> tables, List<EnumType> enums, List<Sequence> sequences) {
        boolean usesMood = tables.stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.type().equals("mood"));
        Set<String> namespaces = new TreeSet<>(List.of("public"));
        tables.forEach(t -> namespaces.add(t.name().schema()));
        List<EnumType> types = usesMood && enums.isEmpty() ? moods() : enums;
        return new Schema(List.copyOf(namespaces), usesMood || random.nextBoolean() ? types : List.of(), tables,
                sequences);
    }

    private List<EnumType> moods() {
        List<String> values = new ArrayList<>(MOODS);
        java.util.Collections.shuffle(values, random);
        return List.of(new EnumType(MOOD, values.subList(0, 2 + random.nextInt(3))));
    }

    private Table table(QualifiedName name, List<Table> others) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", random.nextBoolean() ? "bigint" : "integer", false, Optional.empty(),
                random.nextBoolean() ? Identity.BY_DEFAULT : Identity.NONE));
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            columns.add(column("c" + i));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        if (!others.isEmpty() && random.nextBoolean()) {
            Table parent = others.get(random.nextInt(others.size()));
            Column parentId = parent.columns().get(0);
            columns.add(Column.of("parent_id", parentId.type()));
            foreignKeys.add(new ForeignKey(NamingConvention.foreignKey(name.name(), List.of("parent_id"),
                    parent.name().name()), List.of("parent_id"), parent.name(), List.of("id"),
                    ReferentialAction.values()[random.nextInt(ReferentialAction.values().length)],
                    ReferentialAction.NO_ACTION));
        }
        Table bare = new Table(name, columns, Optional.of(new PrimaryKey(NamingConvention.primaryKey(name.name()),
                List.of("id"))), foreignKeys, List.of(), List.of(), List.of(), comment());
        return withRandomExtras(bare);
    }

    private Column column(String name) {
        Type type = TYPES.get(random.nextInt(TYPES.size()));
        Optional<String> def = !type.defaults().isEmpty() && random.nextInt(3) == 0
                ? Optional.of(type.defaults().get(random.nextInt(type.defaults().size()))) : Optional.empty();
        return new Column(name, type.sql(), random.nextInt(3) != 0, def, Identity.NONE, Optional.empty(), comment());
    }

    private Optional<String> comment() {
        return random.nextInt(4) == 0 ? Optional.of("note " + random.nextInt(100) + " it's") : Optional.empty();
    }

    /** Unique constraints, indexes and checks over the table's plain columns. */
    private Table withRandomExtras(Table t) {
        List<Column> plain = t.columns().stream().filter(c -> c.name().startsWith("c")).toList();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Column c : plain) {
            boolean indexable = !c.type().equals("json") && !c.type().endsWith("[]") && !c.type().equals("jsonb")
                    && !c.type().equals("bytea");
            int roll = random.nextInt(8);
            String table = t.name().name();
            if (roll == 0 && indexable) {
                uniques.add(new UniqueConstraint(NamingConvention.uniqueConstraint(table, List.of(c.name())),
                        List.of(c.name())));
            } else if (roll == 1 && indexable) {
                indexes.add(new Index(NamingConvention.index(table, List.of(c.name())), List.of(c.name()),
                        random.nextBoolean()));
            } else if (roll == 2 && isNumeric(c)) {
                // Sometimes in upper case: PostgreSQL folds unquoted names, and so must autogen's probes.
                String named = random.nextBoolean() ? c.name().toUpperCase(java.util.Locale.ROOT) : c.name();
                checks.add(new CheckConstraint(NamingConvention.columnCheck(table, c.name()), named + " >= 0"));
            }
        }
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), uniques, indexes, checks, t.comment());
    }

    private static boolean isNumeric(Column c) {
        return TYPES.stream().anyMatch(t -> t.sql().equals(c.type()) && t.numeric());
    }

    private Table editTable(Table t, List<Table> tables) {
        List<Column> columns = new ArrayList<>(t.columns());
        List<Column> plain = columns.stream().filter(c -> c.name().startsWith("c")).toList();
        int what = random.nextInt(8);
        if (what == 0 || plain.isEmpty()) {
            String name = "c" + (10 + random.nextInt(90));
            if (columns.stream().noneMatch(c -> c.name().equals(name))) {
                columns.add(column(name));
            }
        } else {
            Column c = plain.get(random.nextInt(plain.size()));
            int i = columns.indexOf(c);
            switch (what) {
                case 1 -> columns.remove(i);
                case 2 -> columns.set(i, c.withNullable(!c.nullable()));
                case 3 -> columns.set(i, column(c.name()));
                case 4 -> columns.set(i, c.withComment(comment()));
                default -> {
                    return withRandomExtras(new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), List.of(),
                            List.of(), List.of(), random.nextBoolean() ? comment() : t.comment()));
                }
            }
        }
        Table edited = new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniqueConstraints(),
                t.indexes(), t.checks(), t.comment());
        return withoutDanglingConstraints(edited);
    }

    /** Keys, indexes and checks whose column is gone or changed go too; the edit re-rolls them. */
    private Table withoutDanglingConstraints(Table t) {
        Set<String> names = new LinkedHashSet<>();
        t.columns().forEach(c -> names.add(c.name()));
        Table kept = new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys().stream()
                .filter(fk -> names.containsAll(fk.columns())).toList(), List.of(), List.of(), List.of(), t.comment());
        return random.nextBoolean() ? withRandomExtras(kept) : kept;
    }

    private static Table withoutReferencesTo(Table t, QualifiedName gone) {
        List<ForeignKey> kept = t.foreignKeys().stream().filter(fk -> !fk.referencedTable().equals(gone)).toList();
        List<Column> columns = kept.size() == t.foreignKeys().size() ? t.columns()
                : t.columns().stream().filter(c -> !c.name().equals("parent_id")).toList();
        return new Table(t.name(), columns, t.primaryKey(), kept, t.uniqueConstraints(), t.indexes(), t.checks(),
                t.comment());
    }

    private static List<Table> dedupe(List<Table> tables) {
        List<Table> unique = new ArrayList<>();
        Set<QualifiedName> seen = new java.util.HashSet<>();
        for (Table t : tables) {
            if (seen.add(t.name())) {
                unique.add(t);
            }
        }
        return unique;
    }
}
