package autogen.migration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The identity of a migration: its revision, the revision it follows ("" for the first), message and time. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MigrationInfo {
    String revision();

    String parent() default "";

    String message();

    /** When autogen wrote the file, ISO-8601 UTC. */
    String created();
}
