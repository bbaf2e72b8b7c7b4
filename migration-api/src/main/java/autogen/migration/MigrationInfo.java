package autogen.migration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identity of a migration: its revision, the revisions it follows (none for a first migration, two or more
 * for one that merges branches), its message and time, the fingerprints of the schema before and after it, and
 * the hazards of its upgrade.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MigrationInfo {
    String revision();

    /** The revisions this one follows; empty for a first migration. */
    String[] parents() default {};

    /** The one revision this one follows, as files written before {@link #parents} say it; "" for none. */
    String parent() default "";

    String message();

    /** When autogen wrote the file, ISO-8601 UTC. */
    String created();

    /** A hash of the schema, as autogen compares it, before this migration; "" when not recorded. */
    String schemaBefore() default "";

    /** A hash of the schema, as autogen compares it, after this migration; "" when not recorded. */
    String schemaAfter() default "";

    /**
     * The codes of the hazards its upgrade carries (such as {@code DELETES_DATA}), as autogen flagged them when it
     * wrote the file; empty when it flagged none.
     */
    String[] hazards() default {};

    /**
     * The codes of the hazards a reviewer approved (such as {@code WEAKENS_SCHEMA}): where the environment is
     * production, {@code upgrade} runs a migration whose every destructive hazard is approved. Written by
     * {@code autogen revision --approve CODE} or by hand in review, before the migration is applied anywhere (the
     * file's checksum covers it); empty when none is.
     */
    String[] approved() default {};

    /**
     * Whether {@code autogen baseline} wrote it from a database's schema rather than from the entities: what it
     * creates was made by another tool, and is kept when the entities do not state it.
     */
    boolean baseline() default false;

    /**
     * The ORDINAL enum columns whose constants this migration's entities had, where they differ from what earlier
     * migrations recorded, each as {@code schema.table.column=A,B,C}: what each stored number means from here on.
     */
    String[] ordinals() default {};
}
