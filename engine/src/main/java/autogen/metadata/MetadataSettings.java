package autogen.metadata;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.schema.Column;
import autogen.schema.Identity;
import autogen.schema.QualifiedName;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The metadata columns every table gets and the trigger that keeps {@code updated_at} current, as
 * {@code autogen.properties} configures them.
 */
public record MetadataSettings(boolean enabled, List<Column> columns, List<String> excludeTables,
                               String updatedColumn, String trigger, QualifiedName function) {

    /** The default column list: soft-delete and flag columns, free notes, and UTC creation and update times. */
    public static final String DEFAULT_COLUMNS = "is_active boolean not null default true; "
            + "is_flagged boolean not null default false; notes text; "
            + "created_at timestamptz not null default now(); updated_at timestamptz not null default now()";

    public MetadataSettings {
        columns = List.copyOf(columns);
        excludeTables = List.copyOf(excludeTables);
    }

    /** Reads the {@code metadata.*} settings; everything has a default, and the feature is on. */
    public static MetadataSettings from(Properties file) {
        String enabled = file.getProperty("metadata.enabled", "true").trim().toLowerCase(Locale.ROOT);
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new AutogenException(Failure.BAD_INPUT, "metadata.enabled must be true or false, not '"
                    + enabled + "'");
        }
        List<Column> columns = Arrays.stream(file.getProperty("metadata.columns", DEFAULT_COLUMNS).split(";"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(MetadataSettings::column).toList();
        List<String> exclude = Arrays.stream(file.getProperty("metadata.exclude.tables", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        String function = file.getProperty("metadata.function", "set_updated_at").trim();
        int dot = function.indexOf('.');
        return new MetadataSettings(enabled.equals("true"), columns, exclude,
                file.getProperty("metadata.updated.column", "updated_at").trim(),
                file.getProperty("metadata.trigger", "update_timestamp").trim(),
                dot < 0 ? QualifiedName.of(function)
                        : new QualifiedName(function.substring(0, dot), function.substring(dot + 1)));
    }

    /** Parses {@code name type [not null] [default expression]}, the way a column reads in CREATE TABLE. */
    static Column column(String spec) {
        String[] nameAndRest = spec.split("\\s+", 2);
        if (nameAndRest.length < 2) {
            throw new AutogenException(Failure.BAD_INPUT, "metadata.columns: '" + spec
                    + "' needs a name and a type, like 'notes text' or 'is_active boolean not null default true'");
        }
        String rest = nameAndRest[1];
        boolean notNull = rest.matches("(?is).*\\bnot\\s+null\\b.*");
        rest = rest.replaceAll("(?i)\\s*\\bnot\\s+null\\b", "");
        Optional<String> defaultValue = Optional.empty();
        java.util.regex.Matcher defaultClause = java.util.regex.Pattern.compile("(?i)\\s*\\bdefault\\s+(.+)$")
                .matcher(rest);
        if (defaultClause.find()) {
            defaultValue = Optional.of(defaultClause.group(1).trim());
            rest = rest.substring(0, defaultClause.start());
        }
        return new Column(nameAndRest[0].toLowerCase(Locale.ROOT), rest.trim(), !notNull, defaultValue,
                Identity.NONE);
    }
}
