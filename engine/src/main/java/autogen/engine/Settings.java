package autogen.engine;

import autogen.codegen.format.Formats;
import autogen.codegen.format.MigrationFormat;
import autogen.diff.SchemaFilter;
import autogen.metadata.MetadataSettings;
import autogen.model.SpringApplicationFiles;
import autogen.runner.AutogenException;
import autogen.runner.Failure;
import autogen.runner.HistorySql;
import autogen.runner.MigrationRunner;
import autogen.schema.QualifiedName;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Resolved configuration: command-line flags over environment variables over {@code autogen.properties}
 * over defaults. Paths from the file are relative to the file's folder; others to the working folder.
 */
public record Settings(List<String> entityPackages, List<Path> classPath, Path migrations,
                       Optional<DatabaseUrl> database, Map<String, String> hibernate, SchemaFilter filter,
                       MetadataSettings metadata, Optional<Path> configFile, Timeouts timeouts,
                       QualifiedName historyTable, HintSettings hints, List<String> productionNames,
                       Optional<MigrationFormat> format) {

    /**
     * The rename and backfill hints kept in the configuration, each as {@code old=new} or {@code table.column=SQL}:
     * {@code rename.users.name = full_name}, {@code backfill.users.email = lower(name)}; and
     * {@code serial.as-identity = true}, under which a serial column counts as the identity column an entity declares.
     */
    public record HintSettings(List<String> renames, List<String> backfills, boolean serialAsIdentity) {
        public static final HintSettings NONE = new HintSettings(List.of(), List.of());

        public HintSettings {
            renames = List.copyOf(renames);
            backfills = List.copyOf(backfills);
        }

        /** Renames and backfills; a serial column and an identity column differ. */
        public HintSettings(List<String> renames, List<String> backfills) {
            this(renames, backfills, false);
        }

        static HintSettings from(Properties file) {
            return new HintSettings(prefixed(file, "rename."), prefixed(file, "backfill."),
                    flag(file, "serial.as-identity"));
        }

        private static boolean flag(Properties file, String key) {
            String value = file.getProperty(key, "false").trim();
            if (!value.equals("true") && !value.equals("false")) {
                throw new AutogenException(Failure.BAD_INPUT, key + " must be true or false, not '" + value + "'");
            }
            return value.equals("true");
        }

        private static List<String> prefixed(Properties file, String prefix) {
            return file.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted()
                    .map(k -> k.substring(prefix.length()) + "=" + file.getProperty(k).trim()).toList();
        }
    }

    public static final String CONFIG_FILE = "autogen.properties";

    public Settings {
        productionNames = List.copyOf(productionNames);
    }

    /** The values given on the command line, each absent unless given. */
    public record Flags(Optional<Path> config, Optional<String> database, Optional<String> packages,
                        Optional<String> classPath, Optional<String> migrations, Optional<String> connectTimeout,
                        Optional<String> readTimeout, Optional<String> lockWait, Optional<String> historySchema,
                        Optional<String> lockTimeout, Optional<String> statementTimeout) {
        /** The flags that name where things are, with no timeout given. */
        public Flags(Optional<Path> config, Optional<String> database, Optional<String> packages,
                     Optional<String> classPath, Optional<String> migrations) {
            this(config, database, packages, classPath, migrations, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** These settings without a database: what works on the shadow database alone. */
    public Settings withoutDatabase() {
        return new Settings(entityPackages, classPath, migrations, Optional.empty(), hibernate, filter, metadata,
                configFile, timeouts, historyTable, hints, productionNames, format);
    }

    /** These settings on {@code database} in place of the configured one. */
    public Settings withDatabase(DatabaseUrl database) {
        return new Settings(entityPackages, classPath, migrations, Optional.of(database), hibernate, filter, metadata,
                configFile, timeouts, historyTable, hints, productionNames, format);
    }

    /** A setting of the configuration file that no other setting reads ({@code rehearse.max-size}), trimmed. */
    public Optional<String> fileSetting(String key) {
        return configFile.filter(Files::isRegularFile).map(Settings::read)
                .flatMap(file -> Optional.ofNullable(file.getProperty(key))).map(String::trim);
    }

    /** These settings with the migration files written in {@code format} ({@code --format}), its name checked. */
    public Settings withFormat(String format) {
        return new Settings(entityPackages, classPath, migrations, database, hibernate, filter, metadata,
                configFile, timeouts, historyTable, hints, productionNames, Optional.of(Formats.named(format)));
    }

    /**
     * The format of the migrations folder: the one its files are in, else the configured one ({@code format=}),
     * else Java; a configured one that differs from the folder's is refused.
     */
    public MigrationFormat migrationFormat() {
        return Formats.of(migrations, format);
    }

    /**
     * These settings reading the entities from {@code entries}, in place of any {@code class.path}: the class path a
     * build tool resolved for the project, which knows it better than a configuration file can.
     */
    public Settings withClassPath(List<Path> entries) {
        return new Settings(entityPackages, List.copyOf(entries), migrations, database, hibernate, filter, metadata,
                configFile, timeouts, historyTable, hints, productionNames, format);
    }

    /**
     * How the runner works with this configuration: its lock wait, where its history table is, and the lock and
     * statement timeouts of a migration's statements.
     */
    public MigrationRunner.Options runnerOptions() {
        return new MigrationRunner.Options(timeouts.lockWait(), historyTable, timeouts.lockTimeout(),
                timeouts.statementTimeout());
    }

    public static Settings resolve(Path workingDir, Flags flags, Map<String, String> env) {
        Path configFile = flags.config().map(workingDir::resolve).orElse(workingDir.resolve(CONFIG_FILE));
        if (flags.config().isPresent() && !Files.isRegularFile(configFile)) {
            throw new AutogenException(Failure.BAD_INPUT, "config file not found: " + configFile);
        }
        Properties file = Files.isRegularFile(configFile) ? read(configFile) : new Properties();
        Path fileDir = configFile.toAbsolutePath().getParent();

        Source packages = pick(flags.packages(), env.get("AUTOGEN_ENTITY_PACKAGES"), file, "entity.packages",
                workingDir, fileDir);
        Source classPath = pick(flags.classPath(), env.get("AUTOGEN_CLASS_PATH"), file, "class.path",
                workingDir, fileDir);
        Source migrations = pick(flags.migrations(), env.get("AUTOGEN_MIGRATIONS"), file, "migrations",
                workingDir, fileDir);
        // As dbmate does: a DATABASE_URL the environment lacks is taken from a .env file in the working folder.
        String environmentUrl = Optional.ofNullable(env.get("DATABASE_URL")).filter(v -> !v.isBlank())
                .or(() -> DotEnv.value(workingDir.resolve(".env"), "DATABASE_URL")).orElse(null);
        Source database = pick(flags.database(), environmentUrl, file, "database.url", workingDir, fileDir);

        Map<String, String> hibernate = new TreeMap<>();
        file.stringPropertyNames().stream().filter(k -> k.startsWith("hibernate.") || k.startsWith("jakarta."))
                .forEach(k -> hibernate.put(k, file.getProperty(k).trim()));

        List<Path> classPathEntries = ClassPathEntries.expand(classPath.value().map(v -> list(v).stream()
                .map(p -> classPath.base().resolve(p).normalize()).toList())
                .orElse(List.of(workingDir.resolve("target/classes"))));
        // Else, as the application itself would connect: a Spring Boot application's spring.datasource.url.
        Optional<DatabaseUrl> databaseUrl = database.value().filter(v -> !v.isBlank()).map(DatabaseUrl::parse)
                .or(() -> SpringDatasource.of(SpringApplicationFiles.inFolders(classPathEntries), env));
        return new Settings(
                packages.value().map(Settings::list).orElse(List.of()),
                classPathEntries,
                migrations.value().map(v -> migrations.base().resolve(v).normalize())
                        .orElse(fileDir.resolve("migrations")),
                databaseUrl,
                hibernate,
                filter(file),
                MetadataSettings.from(file),
                Optional.of(configFile).filter(Files::isRegularFile),
                new Timeouts(
                        timeout(flags.connectTimeout(), "--connect-timeout", env, "AUTOGEN_CONNECT_TIMEOUT", file,
                                "connect.timeout", Timeouts.DEFAULT.connect()),
                        timeout(flags.readTimeout(), "--read-timeout", env, "AUTOGEN_READ_TIMEOUT", file,
                                "read.timeout", Timeouts.DEFAULT.read()),
                        timeout(flags.lockWait(), "--lock-wait", env, "AUTOGEN_LOCK_WAIT", file, "lock.wait",
                                Timeouts.DEFAULT.lockWait()),
                        timeout(flags.lockTimeout(), "--lock-timeout", env, "AUTOGEN_LOCK_TIMEOUT", file,
                                "lock.timeout", Timeouts.DEFAULT.lockTimeout()),
                        timeout(flags.statementTimeout(), "--statement-timeout", env, "AUTOGEN_STATEMENT_TIMEOUT",
                                file, "statement.timeout", Timeouts.DEFAULT.statementTimeout())),
                new QualifiedName(historySchema(flags, env, file), HistorySql.TABLE_NAME),
                HintSettings.from(file),
                list(file.getProperty("production.names", "production")).stream()
                        .map(n -> n.toLowerCase(Locale.ROOT)).toList(),
                Optional.ofNullable(file.getProperty("format")).map(Formats::named));
    }

    /** {@code history.schema}: where autogen keeps its history table (default public). */
    private static String historySchema(Flags flags, Map<String, String> env, Properties file) {
        String schema = flags.historySchema()
                .or(() -> Optional.ofNullable(env.get("AUTOGEN_HISTORY_SCHEMA")).filter(s -> !s.isBlank()))
                .or(() -> Optional.ofNullable(file.getProperty("history.schema")))
                .map(String::trim).orElse(QualifiedName.DEFAULT_SCHEMA);
        if (schema.isEmpty()) {
            throw new AutogenException(Failure.BAD_INPUT, "history.schema is empty: name a schema, or leave it out"
                    + " for public");
        }
        return schema;
    }

    /** A timeout from its flag, its environment variable or its key in the file, named in a refusal by its source. */
    private static Duration timeout(Optional<String> flag, String flagName, Map<String, String> env, String envName,
                                    Properties file, String key, Duration fallback) {
        if (flag.isPresent()) {
            return DurationText.parse(flag.get(), flagName);
        }
        String fromEnv = env.get(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return DurationText.parse(fromEnv, envName);
        }
        String fromFile = file.getProperty(key);
        return fromFile == null ? fallback : DurationText.parse(fromFile, key);
    }

    /** {@code include.schemas}, {@code exclude.tables} and {@code exclude.kinds}, comma-separated. */
    private static SchemaFilter filter(Properties file) {
        List<String> schemas = list(file.getProperty("include.schemas", ""));
        List<String> tables = Arrays.stream(file.getProperty("exclude.tables", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        java.util.Set<SchemaFilter.Kind> kinds = new java.util.HashSet<>();
        for (String kind : Arrays.stream(file.getProperty("exclude.kinds", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            kinds.add(SchemaFilter.kind(kind).orElseThrow(() -> new AutogenException(Failure.BAD_INPUT,
                    "exclude.kinds: unknown kind '" + kind + "' (known: table, sequence, enum, index, unique, "
                            + "foreign_key, check, comment, trigger)")));
        }
        return new SchemaFilter(schemas, tables, kinds);
    }

    /** Entity packages are required for commands that read the entities. */
    public List<String> requireEntityPackages() {
        if (entityPackages.isEmpty()) {
            throw new AutogenException(Failure.BAD_INPUT, "no entity packages configured: set entity.packages in "
                    + configFile.map(Path::toString).orElse(CONFIG_FILE + " (there is none in this folder)")
                    + ", AUTOGEN_ENTITY_PACKAGES or --packages");
        }
        return entityPackages;
    }

    private record Source(Optional<String> value, Path base) {
    }

    private static Source pick(Optional<String> flag, String env, Properties file, String key, Path workingDir,
                               Path fileDir) {
        if (flag.isPresent()) {
            return new Source(flag, workingDir);
        }
        if (env != null && !env.isBlank()) {
            return new Source(Optional.of(env), workingDir);
        }
        return new Source(Optional.ofNullable(file.getProperty(key)).map(String::trim), fileDir);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split("[,:;]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (CharacterCodingException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read " + file
                    + ": it is not a text file in UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new AutogenException(Failure.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
