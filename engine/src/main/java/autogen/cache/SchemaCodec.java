package autogen.cache;

import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.EnumType;
import autogen.schema.OrdinalEnum;
import autogen.schema.Origin;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Sequence;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import autogen.schema.UniqueConstraint;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A compact binary form of the schema model for the model cache: plain data streams, nothing to load. */
final class SchemaCodec {
    /** Bumped whenever the model's records change shape, so old cache entries are never misread. */
    static final int FORMAT = 4;

    private SchemaCodec() {
    }

    /** Something that reads one value from a stream. */
    private interface Reader<T> {
        T read(Input in) throws IOException;
    }

    /**
     * A stream whose strings are shared: equal text read twice is one instance, so the thousands of columns
     * with the same type or default compare by identity later, and take less memory.
     */
    private static final class Input extends DataInputStream {
        private final Map<String, String> seen = new HashMap<>();

        Input(InputStream in) {
            super(in);
        }

        String text() throws IOException {
            String text = readUTF();
            String earlier = seen.putIfAbsent(text, text);
            return earlier == null ? text : earlier;
        }
    }

    /** Something that writes one value to a stream. */
    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    static void write(DataOutputStream out, Schema s) throws IOException {
        out.writeInt(FORMAT);
        list(out, s.namespaces(), DataOutputStream::writeUTF);
        list(out, s.enums(), (o, e) -> {
            name(o, e.name());
            list(o, e.values(), DataOutputStream::writeUTF);
        });
        list(out, s.tables(), SchemaCodec::table);
        list(out, s.sequences(), (o, q) -> {
            name(o, q.name());
            o.writeLong(q.start());
            o.writeLong(q.increment());
            optional(o, q.ownedBy(), (w, owner) -> {
                name(w, owner.table());
                w.writeUTF(owner.column());
            });
        });
        list(out, s.functions(), (o, f) -> {
            name(o, f.name());
            o.writeUTF(f.body());
        });
        list(out, s.ordinals(), (o, e) -> {
            name(o, e.table());
            o.writeUTF(e.column());
            list(o, e.constants(), DataOutputStream::writeUTF);
        });
        // Origins come table by table: a table's name once, then what declares the table and each of its columns.
        list(out, byTable(s.origins()), (o, run) -> {
            name(o, run.get(0).table());
            list(o, run, (w, e) -> {
                optional(w, e.column(), DataOutputStream::writeUTF);
                w.writeUTF(e.declaredBy());
            });
        });
    }

    /** {@code origins} cut into runs of one table each, in their order. */
    private static List<List<Origin>> byTable(List<Origin> origins) {
        List<List<Origin>> runs = new ArrayList<>();
        for (Origin origin : origins) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).table().equals(origin.table())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(origin);
        }
        return runs;
    }

    /** The origins as {@link #write} stores them; each declaring name is read as it is, none is shared. */
    private static List<Origin> origins(Input in) throws IOException {
        List<Origin> origins = new ArrayList<>();
        for (List<Origin> run : list(in, i -> {
            QualifiedName table = name(i);
            return list(i, r -> new Origin(table, optional(r, SchemaCodec::string), r.readUTF()));
        })) {
            origins.addAll(run);
        }
        return origins;
    }

    static Schema read(DataInputStream stream) throws IOException {
        Input in = new Input(stream);
        if (in.readInt() != FORMAT) {
            throw new IOException("cache entry of another format");
        }
        return new Schema(list(in, SchemaCodec::string),
                list(in, i -> new EnumType(name(i), list(i, SchemaCodec::string))),
                list(in, SchemaCodec::table),
                list(in, i -> new Sequence(name(i), i.readLong(), i.readLong(),
                        optional(i, o -> new Sequence.Owner(name(o), string(o))))),
                list(in, i -> new TriggerFunction(name(i), i.text())),
                list(in, i -> new OrdinalEnum(name(i), string(i), list(i, SchemaCodec::string))),
                origins(in));
    }

    private static void table(DataOutputStream o, Table t) throws IOException {
        name(o, t.name());
        list(o, t.columns(), SchemaCodec::column);
        optional(o, t.primaryKey(), (w, pk) -> {
            w.writeUTF(pk.name());
            list(w, pk.columns(), DataOutputStream::writeUTF);
        });
        list(o, t.foreignKeys(), (w, fk) -> {
            w.writeUTF(fk.name());
            list(w, fk.columns(), DataOutputStream::writeUTF);
            name(w, fk.referencedTable());
            list(w, fk.referencedColumns(), DataOutputStream::writeUTF);
            w.writeByte(fk.onDelete().ordinal());
            w.writeByte(fk.onUpdate().ordinal());
        });
        list(o, t.uniqueConstraints(), (w, u) -> {
            w.writeUTF(u.name());
            list(w, u.columns(), DataOutputStream::writeUTF);
        });
        list(o, t.indexes(), (w, x) -> {
            w.writeUTF(x.name());
            list(w, x.columns(), DataOutputStream::writeUTF);
            w.writeBoolean(x.unique());
        });
        list(o, t.checks(), (w, c) -> {
            w.writeUTF(c.name());
            w.writeUTF(c.expression());
        });
        optional(o, t.comment(), DataOutputStream::writeUTF);
        list(o, t.triggers(), (w, x) -> {
            w.writeUTF(x.name());
            name(w, x.function());
        });
    }

    private static Table table(Input i) throws IOException {
        QualifiedName name = name(i);
        List<Column> columns = list(i, SchemaCodec::column);
        Optional<PrimaryKey> pk = optional(i, r -> new PrimaryKey(r.text(), list(r, SchemaCodec::string)));
        List<ForeignKey> fks = list(i, r -> new ForeignKey(r.text(), list(r, SchemaCodec::string), name(r),
                list(r, SchemaCodec::string), ReferentialAction.values()[r.readByte()],
                ReferentialAction.values()[r.readByte()]));
        List<UniqueConstraint> uniques = list(i, r -> new UniqueConstraint(r.text(),
                list(r, SchemaCodec::string)));
        List<Index> indexes = list(i, r -> new Index(r.text(), list(r, SchemaCodec::string), r.readBoolean()));
        List<CheckConstraint> checks = list(i, r -> new CheckConstraint(r.text(), r.text()));
        Optional<String> comment = optional(i, SchemaCodec::string);
        List<Trigger> triggers = list(i, r -> new Trigger(r.text(), name(r)));
        return new Table(name, columns, pk, fks, uniques, indexes, checks, comment, triggers);
    }

    private static void column(DataOutputStream o, Column c) throws IOException {
        o.writeUTF(c.name());
        o.writeUTF(c.type());
        o.writeBoolean(c.nullable());
        optional(o, c.defaultExpression(), DataOutputStream::writeUTF);
        o.writeByte(c.identity().ordinal());
        optional(o, c.generatedExpression(), DataOutputStream::writeUTF);
        optional(o, c.comment(), DataOutputStream::writeUTF);
    }

    private static Column column(Input i) throws IOException {
        return new Column(i.text(), i.text(), i.readBoolean(), optional(i, SchemaCodec::string),
                Identity.values()[i.readByte()], optional(i, SchemaCodec::string),
                optional(i, SchemaCodec::string));
    }

    private static String string(Input i) throws IOException {
        return i.text();
    }

    private static void name(DataOutputStream o, QualifiedName name) throws IOException {
        o.writeUTF(name.schema());
        o.writeUTF(name.name());
    }

    private static QualifiedName name(Input i) throws IOException {
        return new QualifiedName(i.text(), i.text());
    }

    private static <T> void list(DataOutputStream o, List<T> items, Writer<T> writer) throws IOException {
        o.writeInt(items.size());
        for (T item : items) {
            writer.write(o, item);
        }
    }

    private static <T> List<T> list(Input i, Reader<T> reader) throws IOException {
        int size = i.readInt();
        List<T> items = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            items.add(reader.read(i));
        }
        return items;
    }

    private static <T> void optional(DataOutputStream o, Optional<T> value, Writer<T> writer) throws IOException {
        o.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writer.write(o, value.get());
        }
    }

    private static <T> Optional<T> optional(Input i, Reader<T> reader) throws IOException {
        return i.readBoolean() ? Optional.of(reader.read(i)) : Optional.empty();
    }
}
