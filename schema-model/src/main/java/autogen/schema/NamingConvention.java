package autogen.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one naming convention for constraints and indexes the entities leave unnamed:
 * {@code pk_<table>}, {@code fk_<table>_<columns>_<referenced table>}, {@code uq_<table>_<columns>},
 * {@code ix_<table>_<columns>}, {@code ck_<table>_<column>} for a column's check and
 * {@code ck_<table>_<hash of expression>} for a table's. Names longer than PostgreSQL's identifier limit are shortened
 * deterministically, so the same model always yields the same names.
 */
public final class NamingConvention {
    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently truncated by the server. */
    public static final int MAX_IDENTIFIER_BYTES = 63;
    private static final int HASH_CHARS = 8;

    private NamingConvention() {
    }

    public static String primaryKey(String table) {
        return fit("pk_" + table);
    }

    public static String foreignKey(String table, List<String> columns, String referencedTable) {
        return fit("fk_" + table + "_" + String.join("_", columns) + "_" + referencedTable);
    }

    public static String uniqueConstraint(String table, List<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    public static String index(String table, List<String> columns) {
        return fit("ix_" + table + "_" + String.join("_", columns));
    }

    /** The check constraint Hibernate derives for one column, e.g. the allowed constants of an enum. */
    public static String columnCheck(String table, String column) {
        return fit("ck_" + table + "_" + column);
    }

    /** A table-level check constraint: named by its expression, since it has no single column. */
    public static String tableCheck(String table, String expression) {
        return fit("ck_" + table + "_" + sha256Hex(expression.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_CHARS));
    }

    /** Whether {@code name} is what the convention gives a check constraint of {@code table}. */
    public static boolean isCheckName(String table, String name) {
        String prefix = "ck_" + table + "_";
        // A shortened name keeps at least this much of its prefix before the hash suffix.
        int kept = Math.min(prefix.length(), MAX_IDENTIFIER_BYTES - HASH_CHARS - 1);
        return name.startsWith(prefix.substring(0, kept));
    }

    /**
     * Returns {@code name} unchanged when it fits in 63 bytes of UTF-8; otherwise a prefix of it, cut on a
     * character boundary, plus {@code _} and the first 8 hex digits of its SHA-256, which keeps two long
     * names that share a prefix apart.
     */
    public static String fit(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_IDENTIFIER_BYTES) {
            return name;
        }
        String suffix = "_" + sha256Hex(utf8).substring(0, HASH_CHARS);
        int budget = MAX_IDENTIFIER_BYTES - suffix.length();
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            prefix.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return prefix + suffix;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
