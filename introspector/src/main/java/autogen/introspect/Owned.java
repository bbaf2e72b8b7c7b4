package autogen.introspect;

import autogen.schema.QualifiedName;

/** A catalog row's value together with the table it belongs to, before rows are grouped into tables. */
record Owned<T>(QualifiedName table, T value) {
}
