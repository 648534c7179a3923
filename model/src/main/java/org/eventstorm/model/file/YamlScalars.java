package org.eventstorm.model.file;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scalars as a person writes them by hand: plain where YAML reads the text back unchanged, double-quoted (JSON
 * escapes, which YAML shares) where it would not; in a flow list ({@code [a, b]}) commas and brackets need quotes too.
 */
final class YamlScalars {
    private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");
    /**
     * What YAML 1.1 would read as a number or a timestamp rather than as text. A plain calendar date
     * ({@code 2027-06-30}) is left plain, as the feature spec writes {@code sunset_date}: a tool that reads it as a date
     * reads the date meant.
     */
    private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?(0b[01_]+|0x[0-9a-f_]+|0o?[0-7_]+"
            + "|[0-9][0-9_]*(\\.[0-9_]*)?(e[-+]?[0-9]+)?|\\.[0-9_]+(e[-+]?[0-9]+)?|[1-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
            + "|\\.(inf|nan))|\\d{4}-\\d\\d?-\\d\\d?[t ].*|\\d{4}-(\\d-\\d\\d?|\\d\\d-\\d)", Pattern.CASE_INSENSITIVE);

    private YamlScalars() {
    }

    /** A value after {@code key: } in block style. */
    static String block(String value) {
        return isPlain(value, false) ? value : quoted(value);
    }

    /** An item of a flow list. */
    static String flow(String value) {
        return isPlain(value, true) ? value : quoted(value);
    }

    /** {@code [a, b, c]}. */
    static String flowList(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(flow(values.get(i)));
        }
        return out.append(']').toString();
    }

    static String quoted(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    /**
     * Plain only for text made of letters, digits, spaces and a few harmless marks, starting with a letter or digit: what a
     * person would write unquoted. Anything else is quoted, which costs nothing and is always read back exactly.
     */
    private static boolean isPlain(String value, boolean inFlow) {
        if (value.isEmpty() || !value.strip().equals(value) || SPECIAL.contains(value.toLowerCase(Locale.ROOT))
                || NUMBER_OR_DATE.matcher(value).matches() || !Character.isLetterOrDigit(value.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < value.length();) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            boolean mark = c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+' || c == '@'
                    || !inFlow && (c == ',' || c == '\'' || c == '!' || c == '?' || c == '&' || c == ';');
            if (!Character.isLetterOrDigit(c) && !mark) {
                return false;
            }
        }
        return !value.contains(" -") || !inFlow;
    }
}
