package autogen.maven;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries autogen runs on out of the build's log, as the CLI keeps them out of its output: Hibernate's
 * and the embedded PostgreSQL's progress would bury autogen's report, and the driver's own lines can hold a URL.
 * autogen reports what they tell it. A level the user sets on the command line ({@code -Dorg.slf4j...}) stays.
 */
final class QuietLibraries {
    /** Held here once set: java.util.logging keeps loggers only weakly, and a new one would log again. */
    private static volatile Logger driverLog;

    private QuietLibraries() {
    }

    static void quiet() {
        // Hibernate logs through jboss-logging, which would pick java.util.logging (stderr, unformatted) in Maven;
        // routed to slf4j, it meets Maven's own logger, whose level per logger name is a system property.
        setIfAbsent("org.jboss.logging.provider", "slf4j");
        setIfAbsent("org.slf4j.simpleLogger.log.org.hibernate", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.io.zonky", "error");
        Logger log = Logger.getLogger("org.postgresql");
        log.setLevel(Level.OFF);
        driverLog = log;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
