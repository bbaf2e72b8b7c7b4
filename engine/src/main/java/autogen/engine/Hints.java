package autogen.engine;

import autogen.diff.ColumnRef;
import autogen.diff.ObjectKey;
import autogen.diff.PlanHints;
import autogen.diff.Provenance;
import autogen.diff.Rename;
import autogen.introspect.SqlFragment;
import autogen.migration.NameText;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.schema.Column;
import autogen.schema.QualifiedName;
import autogen.schema.Schema;
import autogen.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads rename and backfill hints against the schemas they are about. A hint on the command line must fit: one
 * that names nothing is refused. A hint kept in the configuration outlives the migration it was for, so one that
 * has already been applied (the table renamed, the column NOT NULL) is passed over.
 */
final class Hints {
    /** One hint's text and whether it came from the configuration. */
    record Hint(String text, boolean fromConfig) {
    }

    private Hints() {
    }

    static PlanHints resolve(boolean renameToConvention, List<Hint> renames, List<Hint> backfills, Schema current,
                             Schema target) {
        List<Rename> resolvedRenames = new ArrayList<>();
        for (Hint hint : renames) {
            rename(hint, current).filter(r -> !hint.fromConfig() || !alreadyRenamed(r, current))
                    .ifPresent(resolvedRenames::add);
        }
        Map<ColumnRef, String> resolvedBackfills = new LinkedHashMap<>();
        for (Hint hint : backfills) {
            Split split = split(hint, "--backfill", "table.column=SQL");
            ColumnRef column = column(hint, split.left(), "--backfill");
            Optional<String> problem = SqlFragment.escape(split.right());
            if (split.right().isBlank() || problem.isPresent()) {
                throw bad("--backfill " + hint.text() + ": the SQL " + problem.orElse("is empty")
                        + "; give one expression, such as lower(name) or 'none'");
            }
            if (!hint.fromConfig() || becomesNotNull(column, current, target)) {
                resolvedBackfills.put(column, split.right().strip());
            }
        }
        return new PlanHints(renameToConvention, resolvedRenames, resolvedBackfills);
    }

    /**
     * The rules the entities do not state that a plan may remove: those {@code madeByAutogen} (asked only when
     * needed, and then once) and those the user names, each as a kind ({@code index}, {@code not-null}, or
     * {@code all}), {@code kind:name}, or a name ({@code ix_users_email}, {@code users.email} for a column's NOT
     * NULL or default, the table for its primary key).
     */
    static Provenance provenance(List<String> dropUnstated, Supplier<Set<ObjectKey>> madeByAutogen) {
        Set<ObjectKey.Kind> kinds = EnumSet.noneOf(ObjectKey.Kind.class);
        Set<String> names = new HashSet<>();
        for (String text : dropUnstated) {
            for (String item : text.split(",")) {
                String entry = item.strip();
                Optional<ObjectKey.Kind> kind = kind(entry);
                int colon = entry.indexOf(':');
                if (entry.equals("all")) {
                    kinds.addAll(EnumSet.allOf(ObjectKey.Kind.class));
                } else if (kind.isPresent()) {
                    kinds.add(kind.get());
                } else if (colon > 0 && kind(entry.substring(0, colon)).isEmpty()) {
                    throw bad("--drop-unstated " + entry + ": " + entry.substring(0, colon) + " is no kind; the"
                            + " kinds are " + Arrays.stream(ObjectKey.Kind.values()).map(ObjectKey.Kind::spelling)
                            .collect(Collectors.joining(", ")) + " and all");
                } else if (entry.isEmpty() || entry.endsWith(":")) {
                    throw bad("--drop-unstated '" + text + "': expected a kind (such as index), kind:name or a"
                            + " name");
                } else {
                    names.add(entry);
                }
            }
        }
        Supplier<Set<ObjectKey>> once = new Supplier<>() {
            private Set<ObjectKey> made;

            @Override
            public synchronized Set<ObjectKey> get() {
                if (made == null) {
                    made = madeByAutogen.get();
                }
                return made;
            }
        };
        return new Provenance(once, kinds, names);
    }

    private static Optional<ObjectKey.Kind> kind(String spelling) {
        return Arrays.stream(ObjectKey.Kind.values()).filter(k -> k.spelling().equals(spelling)).findFirst();
    }

    /**
     * {@code old=new} for a table, {@code table.old=new} for a column; {@code a.b=c} is the table b of schema a
     * when the database has one, else the column b of table a.
     */
    private static Optional<Rename> rename(Hint hint, Schema current) {
        Split split = split(hint, "--rename", "table.column=new_name or table=new_table");
        List<String> left = parts(hint, split.left(), "--rename");
        String newName = split.right().strip();
        if (newName.isEmpty() || newName.contains(".") && !newName.startsWith("\"")) {
            throw bad("--rename " + hint.text() + ": the new name is one name, without its table or schema");
        }
        newName = NameText.parts(newName).get(0);
        return Optional.of(switch (left.size()) {
            case 1 -> Rename.table(QualifiedName.of(left.get(0)), newName);
            case 2 -> current.table(new QualifiedName(left.get(0), left.get(1))).isPresent()
                    ? Rename.table(new QualifiedName(left.get(0), left.get(1)), newName)
                    : Rename.column(QualifiedName.of(left.get(0)), left.get(1), newName);
            case 3 -> Rename.column(new QualifiedName(left.get(0), left.get(1)), left.get(2), newName);
            default -> throw bad("--rename " + hint.text() + ": expected table.column=new_name or table=new_table");
        });
    }

    private static boolean alreadyRenamed(Rename rename, Schema current) {
        Optional<Table> table = current.table(rename.table());
        if (rename.column().isEmpty()) {
            return table.isEmpty() && current.table(new QualifiedName(rename.table().schema(), rename.newName()))
                    .isPresent();
        }
        return table.isEmpty() || table.get().column(rename.column().get()).isEmpty()
                && table.get().column(rename.newName()).isPresent();
    }

    private static boolean becomesNotNull(ColumnRef ref, Schema current, Schema target) {
        Optional<Column> wanted = target.table(ref.table()).flatMap(t -> t.column(ref.column()));
        Optional<Column> now = current.table(ref.table()).flatMap(t -> t.column(ref.column()));
        return wanted.isPresent() && !wanted.get().nullable() && now.map(Column::nullable).orElse(true);
    }

    private static ColumnRef column(Hint hint, String text, String option) {
        List<String> parts = parts(hint, text, option);
        return switch (parts.size()) {
            case 2 -> new ColumnRef(QualifiedName.of(parts.get(0)), parts.get(1));
            case 3 -> new ColumnRef(new QualifiedName(parts.get(0), parts.get(1)), parts.get(2));
            default -> throw bad(option + " " + hint.text() + ": expected table.column=SQL");
        };
    }

    private static List<String> parts(Hint hint, String text, String option) {
        try {
            return NameText.parts(text.strip());
        } catch (IllegalArgumentException e) {
            throw bad(option + " " + hint.text() + ": " + e.getMessage());
        }
    }

    private record Split(String left, String right) {
    }

    /** The hint at its first {@code =} outside double quotes. */
    private static Split split(Hint hint, String option, String form) {
        String text = hint.text();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '=' && !quoted) {
                return new Split(text.substring(0, i), text.substring(i + 1));
            }
        }
        throw bad(option + " " + text + ": expected " + form);
    }

    private static AutogenException bad(String message) {
        return new AutogenException(Failure.BAD_INPUT, message);
    }
}
