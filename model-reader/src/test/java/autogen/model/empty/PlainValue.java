package autogen.model.empty;

/** Not an entity: a package holding only this class has no entities. */
public record PlainValue(String text) {
}
