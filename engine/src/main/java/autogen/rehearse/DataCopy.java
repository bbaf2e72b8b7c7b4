package autogen.rehearse;

import autogen.engine.Progress;
import autogen.migration.NameText;
import autogen.schema.QualifiedName;
import autogen.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Copies the rows of a database's tables, and where its sequences stand, into a copy whose schema is already
 * the same: each table streamed by {@code COPY} from the source's snapshot into the copy, with the copy's triggers
 * and foreign keys quiet while it loads (the rows were valid where they came from).
 */
final class DataCopy {
    private DataCopy() {
    }

    /** Copies {@code tables} and the sequences of {@code schemas}; returns the rows copied. */
    static long copy(Connection source, Connection copy, List<Table> tables, List<String> schemas) throws Exception {
        long rows = 0;
        try (Statement st = copy.createStatement()) {
            st.execute(RehearsalSql.LOAD_AS_REPLICA);
            if (!tables.isEmpty()) {
                // Rows a migration wrote while the schema was replayed (seed data) would clash with the source's.
                st.execute(RehearsalSql.truncate(tables));
            }
            int n = 0;
            for (Table table : tables) {
                rows += Progress.of("copying " + NameText.of(table.name()) + " (" + ++n + " of " + tables.size()
                        + ")", () -> stream(source, copy, table));
            }
            // The history tables' own sequences are the copy's: those the migrations made are on both sides.
            List<QualifiedName> made = sequences(copy, schemas);
            for (QualifiedName sequence : sequences(source, schemas).stream().filter(made::contains).toList()) {
                try (Statement read = source.createStatement();
                     ResultSet rs = read.executeQuery(RehearsalSql.sequenceState(sequence))) {
                    rs.next();
                    st.execute(RehearsalSql.setSequence(sequence, rs.getLong(1), rs.getBoolean(2)));
                }
            }
            st.execute(RehearsalSql.LOAD_DONE);
        }
        return rows;
    }

    private static long stream(Connection source, Connection copy, Table table) throws SQLException {
        CopyOut out = source.unwrap(PGConnection.class).getCopyAPI().copyOut(RehearsalSql.copyOut(table));
        CopyIn in;
        try {
            in = copy.unwrap(PGConnection.class).getCopyAPI().copyIn(RehearsalSql.copyIn(table));
        } catch (SQLException e) {
            out.cancelCopy();
            throw e;
        }
        try {
            byte[] chunk;
            while ((chunk = out.readFromCopy()) != null) {
                in.writeToCopy(chunk, 0, chunk.length);
            }
            return in.endCopy();
        } catch (SQLException e) {
            if (in.isActive()) {
                in.cancelCopy();
            }
            if (out.isActive()) {
                out.cancelCopy();
            }
            throw e;
        }
    }

    private static List<QualifiedName> sequences(Connection c, List<String> schemas) throws SQLException {
        List<QualifiedName> sequences = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(RehearsalSql.sequences(schemas))) {
            while (rs.next()) {
                sequences.add(new QualifiedName(rs.getString(1), rs.getString(2)));
            }
        }
        return sequences;
    }
}
