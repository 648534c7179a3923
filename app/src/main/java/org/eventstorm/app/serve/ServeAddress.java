package org.eventstorm.app.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The address a workshop listens on, as a person types it: an IP address, or {@code localhost}. Never a host name to
 * look up: the tool sends no DNS query (decision 14), and a listening address should be exact.
 */
public final class ServeAddress {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private ServeAddress() {
    }

    /** @throws IllegalArgumentException saying what to write instead */
    public static InetAddress parse(String text) {
        String value = text.strip();
        if (value.equalsIgnoreCase("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        boolean ipv4 = IPV4.matcher(value).matches();
        boolean ipv6 = value.contains(":") && value.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        if (!ipv4 && !ipv6) {
            throw new IllegalArgumentException("'" + value + "' is not an IP address; give one of this machine's addresses, such as"
                    + " 127.0.0.1, 0.0.0.0 or 192.168.1.20");
        }
        try {
            // A literal address is parsed, never looked up.
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + value + "' is not an IP address", e);
        }
    }
}
