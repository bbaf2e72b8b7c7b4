package autogen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic JPA model of N entities as Java sources: about ten columns each of mixed types, shared
 * enums, many-to-one keys to earlier entities, and named indexes and unique constraints on some tables. The
 * same seed and size give the same sources.
 */
final class EntityModelGenerator {
    static final String PACKAGE = "bench.model";
    private static final List<String> ENUMS = List.of("Status", "Priority", "Channel");
    private static final int[] LENGTHS = {20, 50, 100, 255};

    private enum Kind { LONG, INT, STRING, DECIMAL, BOOL, DATE, INSTANT, UUID, ENUM }

    private record Field(String name, String declaration) {
    }

    private final long seed;

    EntityModelGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes the enums and {@code size} entities under {@code sourceRoot}; returns the files written. */
    List<Path> write(Path sourceRoot, int size) throws IOException {
        Path dir = sourceRoot.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(write(dir, "Status", "public enum Status { DRAFT, ACTIVE, SUSPENDED, ARCHIVED }"));
        files.add(write(dir, "Priority", "public enum Priority { LOW, NORMAL, HIGH, URGENT }"));
        files.add(write(dir, "Channel", "public enum Channel { WEB, MOBILE, EMAIL, PHONE, PARTNER }"));
        for (int i = 0; i < size; i++) {
            files.add(write(dir, className(i), entity(i)));
        }
        return files;
    }

    static String className(int i) {
        return String.format("E%05d", i);
    }

    static String tableName(int i) {
        return String.format("entity_%05d", i);
    }

    private static Path write(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name + ".java");
        Files.writeString(file, "package " + PACKAGE + ";\n\n" + body + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private String entity(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("label_0", "@Column(nullable = false, length = " + pick(random) + ") private String label_0;"));
        for (int k = 1; k < 8; k++) {
            fields.add(field(Kind.values()[random.nextInt(Kind.values().length)], k, random));
        }
        if (i > 0 && random.nextInt(10) < 7) {
            fields.add(reference(1, random.nextInt(i)));
        }
        if (i > 1 && random.nextInt(10) < 3) {
            fields.add(reference(2, random.nextInt(i)));
        }
        String id = i % 2 == 0
                ? "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;"
                : "@Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;";
        StringBuilder out = new StringBuilder()
                .append("import jakarta.persistence.*;\n")
                .append("import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.time.LocalDate;\n")
                .append("import java.util.UUID;\n\n")
                .append("@Entity\n@Table(name = \"").append(tableName(i)).append('"')
                .append(indexes(i, fields)).append(uniques(i, fields)).append(")\n")
                .append("public class ").append(className(i)).append(" {\n    ").append(id).append('\n');
        fields.forEach(f -> out.append("    ").append(f.declaration()).append('\n'));
        return out.append("}").toString();
    }

    private static Field field(Kind kind, int k, Random random) {
        return switch (kind) {
            case LONG -> new Field("ref_no_" + k, "private Long ref_no_" + k + ";");
            case INT -> new Field("qty_" + k, random.nextBoolean() ? "private int qty_" + k + ";"
                    : "private Integer qty_" + k + ";");
            case STRING -> new Field("label_" + k, "@Column(length = " + pick(random) + ") private String label_" + k
                    + ";");
            case DECIMAL -> new Field("amount_" + k, "@Column(precision = 12, scale = 2) private BigDecimal amount_"
                    + k + ";");
            case BOOL -> new Field("enabled_" + k, "private boolean enabled_" + k + ";");
            case DATE -> new Field("due_on_" + k, "private LocalDate due_on_" + k + ";");
            case INSTANT -> new Field("seen_at_" + k, "private Instant seen_at_" + k + ";");
            case UUID -> new Field("ext_id_" + k, "private UUID ext_id_" + k + ";");
            case ENUM -> {
                String type = ENUMS.get(random.nextInt(ENUMS.size()));
                String name = type.toLowerCase() + "_" + k;
                yield new Field(name, "@Enumerated(EnumType.STRING) @Column(length = 20) private " + type + " "
                        + name + ";");
            }
        };
    }

    private static Field reference(int k, int target) {
        return new Field("parent_" + k + "_id", "@ManyToOne(fetch = FetchType.LAZY) private " + className(target)
                + " parent_" + k + ";");
    }

    private static String indexes(int i, List<Field> fields) {
        List<String> indexes = new ArrayList<>();
        if (i % 3 == 0) {
            indexes.add(index(i, List.of(fields.get(0).name())));
        }
        if (i % 4 == 1) {
            indexes.add(index(i, List.of(fields.get(1).name(), fields.get(2).name())));
        }
        if (fields.size() > 8 && i % 2 == 1) {
            indexes.add(index(i, List.of(fields.get(8).name())));
        }
        return indexes.isEmpty() ? "" : ",\n    indexes = {" + String.join(", ", indexes) + "}";
    }

    private static String index(int i, List<String> columns) {
        return "@Index(name = \"ix_" + tableName(i) + "_" + String.join("_", columns) + "\", columnList = \""
                + String.join(", ", columns) + "\")";
    }

    private static String uniques(int i, List<Field> fields) {
        if (i % 5 != 0) {
            return "";
        }
        String a = fields.get(0).name();
        String b = fields.get(3).name();
        return ",\n    uniqueConstraints = @UniqueConstraint(name = \"uk_" + tableName(i) + "_" + a + "_" + b
                + "\", columnNames = {\"" + a + "\", \"" + b + "\"})";
    }

    private static int pick(Random random) {
        return LENGTHS[random.nextInt(LENGTHS.length)];
    }
}
