package autogen.cli;

import java.util.GregorianCalendar;

/**
 * Loads, on a helper thread while picocli builds the command line, the locale data the PostgreSQL driver reads on
 * its first connection: the driver makes a {@link GregorianCalendar} for each connection, and the first calendar in
 * the JVM reads the time zone and the locale providers' calendar data, about 25 ms that would otherwise fall
 * between a command's start and its first query. Nothing waits for it: a command that connects before it is done
 * only finds the data half loaded and finishes loading it, as it would have anyway. Not started for the root's help
 * or version, which connect to nothing.
 */
final class DriverWarmUp {
    private DriverWarmUp() {
    }

    static void start() {
        Thread warming = new Thread(GregorianCalendar::new, "autogen-driver-warm-up");
        warming.setDaemon(true);
        warming.start();
    }
}
