package autogen.cli;

import autogen.render.sql.PostgresSqlRenderer;
import autogen.diff.op.Operation;
import autogen.schema.Column;
import autogen.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

/** What round-trip tests do to a catalog: apply planned operations, and compare catalogs. */
public final class Catalogs {
    private Catalogs() {
    }

    /** Runs each operation's statements as the renderer writes them; a failure names the statement. */
    public static void apply(Connection connection, List<Operation> ops) throws SQLException {
        PostgresSqlRenderer renderer = new PostgresSqlRenderer();
        try (Statement st = connection.createStatement()) {
            for (Operation op : ops) {
                for (String sql : op.accept(renderer)) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage().lines().findFirst().orElse("") + " in: " + sql, e);
                    }
                }
            }
        }
    }

    /**
     * The model with every table's columns sorted by name: PostgreSQL appends a column that a downgrade adds
     * back, and column order is no difference, so catalogs are compared in this form.
     */
    public static Schema columnsByName(Schema schema) {
        return new Schema(schema.namespaces(), schema.enums(), schema.tables().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList(), schema.sequences(), schema.functions());
    }
}
