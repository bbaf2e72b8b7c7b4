package autogen.rehearse;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size as people write it ({@code 4GB}, {@code 500 MB}, {@code 1048576}) and as the report writes it. */
final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?");
    private static final String UNITS = "kmgt";

    private ByteSize() {
    }

    static long parse(String text, String setting) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new AutogenException(Failure.BAD_INPUT, setting + " must be a size such as 4GB, 500MB or a number"
                    + " of bytes, not '" + text + "'");
        }
        int power = m.group(2).isEmpty() ? 0 : UNITS.indexOf(m.group(2)) + 1;
        return (long) (Double.parseDouble(m.group(1)) * Math.pow(1024, power));
    }

    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        int power = Math.min((int) (Math.log(bytes) / Math.log(1024)), UNITS.length());
        return String.format(Locale.ROOT, "%.1f %sB", bytes / Math.pow(1024, power),
                Character.toUpperCase(UNITS.charAt(power - 1)));
    }
}
