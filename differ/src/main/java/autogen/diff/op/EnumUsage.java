package autogen.diff.op;

import autogen.schema.Column;
import autogen.schema.QualifiedName;

/** A column whose type is an enum type, with the default it must keep across a recreation of that type. */
public record EnumUsage(QualifiedName table, Column column) {
}
