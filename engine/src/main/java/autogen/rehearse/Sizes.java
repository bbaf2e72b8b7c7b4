package autogen.rehearse;

import autogen.migration.NameText;
import autogen.rehearse.RehearsalReport.Size;
import autogen.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The size on disk of every table (with its TOAST data) and every index, read before and after the upgrade. */
final class Sizes {
    private Sizes() {
    }

    /** Relation to its size, and whether it is an index, keyed by its name as a migration writes it. */
    record Reading(Map<String, Long> bytes, Map<String, Boolean> index) {
    }

    static Reading read(Connection c, List<String> schemas) throws SQLException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, Boolean> index = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(RehearsalSql.sizes(schemas))) {
            while (rs.next()) {
                String name = NameText.of(new QualifiedName(rs.getString(1), rs.getString(2)));
                bytes.put(name, rs.getLong(4));
                index.put(name, rs.getBoolean(3));
            }
        }
        return new Reading(bytes, index);
    }

    /** Every relation of either reading, tables first, each with its size before and after. */
    static List<Size> compare(Reading before, Reading after) {
        TreeSet<String> names = new TreeSet<>(before.bytes().keySet());
        names.addAll(after.bytes().keySet());
        List<Size> sizes = new ArrayList<>();
        for (boolean indexes : new boolean[] {false, true}) {
            for (String name : names) {
                boolean index = after.index().getOrDefault(name, before.index().getOrDefault(name, false));
                if (index == indexes) {
                    sizes.add(new Size(name, index, Optional.ofNullable(before.bytes().get(name)),
                            Optional.ofNullable(after.bytes().get(name))));
                }
            }
        }
        return sizes;
    }
}
