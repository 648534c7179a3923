package org.eventstorm.workshop;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The addresses of this machine a workshop can be shared on: the IPv4 addresses of network interfaces that are up,
 * not the loopback and not a virtual bridge (Docker's, a VM's), private (LAN) ones first. Read from the interfaces,
 * never from a name service.
 */
public final class LanAddress {
    private LanAddress() {
    }

    /** The candidates, best first; the loopback address last, so there is always one. */
    public static List<InetAddress> candidates() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback() || isVirtual(network)) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        found.add(address);
                    }
                }
            }
        } catch (SocketException e) {
            // No interfaces to read: the loopback address below still works on this machine.
        }
        found.sort(Comparator.comparing((InetAddress address) -> !address.isSiteLocalAddress()));
        found.add(InetAddress.getLoopbackAddress());
        return found;
    }

    /** The best address to share on. */
    public static InetAddress best() {
        return candidates().get(0);
    }

    private static boolean isVirtual(NetworkInterface network) {
        String name = network.getName().toLowerCase(Locale.ROOT);
        return network.isVirtual() || name.startsWith("docker") || name.startsWith("br-") || name.startsWith("veth")
                || name.startsWith("virbr") || name.startsWith("vmnet") || name.startsWith("vboxnet");
    }
}
