package autogen.maven;

import java.io.Writer;
import org.apache.maven.plugin.logging.Log;

/** The engine's reports, written to a {@link java.io.PrintWriter} as the CLI's are, as lines of Maven's log. */
final class LogWriter extends Writer {
    private final Log log;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Log log) {
        this.log = log;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // Only whole lines go to the log: a line is logged when its end is written, or at close.
    }

    @Override
    public void close() {
        if (line.length() > 0) {
            emit();
        }
    }

    private void emit() {
        log.info(line.toString());
        line.setLength(0);
    }
}
