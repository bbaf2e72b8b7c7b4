package autogen.introspect;

import autogen.schema.QualifiedName;
import java.util.Optional;

/** One row of tables.sql: a table and its comment ({@code obj_description}). */
record TableRow(QualifiedName name, Optional<String> comment) {
}
