package autogen.runner;

import java.util.OptionalInt;

/**
 * One row a migration tool keeps for one file or changeset of a migration: its key (Flyway's version, dbmate's
 * version, a Liquibase changeset's id), its description, its script (file name, as the tool records it) and, for
 * Flyway, the checksum the tool computes over its lines.
 */
public record ToolEntry(String key, String description, String script, OptionalInt checksum) {
}
