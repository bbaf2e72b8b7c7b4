package autogen.diff;

import autogen.schema.Column;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * A short hash of a schema as the differ compares it: two schemas with the same fingerprint give no difference.
 * Column order is left out, since it is never a difference; two schemas that differ only in what the differ
 * matches by shape (the names of unnamed keys) may still have other fingerprints, which costs a closer look, never
 * a wrong answer.
 */
public final class SchemaFingerprint {
    /** Hex digits kept: 64 bits, plenty to tell a changed schema from an unchanged one. */
    private static final int LENGTH = 16;

    private SchemaFingerprint() {
    }

    public static String of(Schema schema) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(digest, schema.namespaces().toString());
        update(digest, schema.enums().toString());
        update(digest, schema.sequences().stream().map(SchemaFingerprint::text).toList().toString());
        update(digest, schema.functions().toString());
        for (Table table : schema.tables()) {
            update(digest, table.withColumns(table.columns().stream()
                    .sorted(Comparator.comparing(Column::name)).toList()).toString());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
    }

    /**
     * A sequence as fingerprints spelled it before sequences had owners, its owner added only when it has one: the
     * fingerprints that migrations already recorded stay valid.
     */
    private static String text(Sequence sequence) {
        return "Sequence[name=" + sequence.name() + ", start=" + sequence.start() + ", increment="
                + sequence.increment() + sequence.ownedBy().map(o -> ", ownedBy=" + o).orElse("") + "]";
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
