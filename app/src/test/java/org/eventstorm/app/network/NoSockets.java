package org.eventstorm.app.network;

import java.net.SocketPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * A security manager that refuses, and remembers, every use of the network: connecting, listening, accepting,
 * resolving a host name, multicast (all of them ask for a {@link SocketPermission}). Everything else is allowed.
 */
final class NoSockets extends SecurityManager {
    private final List<String> attempts = new ArrayList<>();

    @Override
    public void checkPermission(Permission permission) {
        if (permission instanceof SocketPermission) {
            synchronized (attempts) {
                attempts.add(permission.getActions() + " " + permission.getName() + " from " + caller());
            }
            throw new SecurityException("EventStorm Studio must not use the network: " + permission);
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }

    /** What was asked for, as {@code actions host from caller}: "connect,resolve example.com:443 from ...". */
    List<String> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames.map(frame -> frame.getClassName() + "." + frame.getMethodName()).filter(
                name -> !name.startsWith("java.") && !name.startsWith("sun.") && !name.startsWith("jdk.")
                        && !name.startsWith(NoSockets.class.getName())).findFirst().orElse("the JDK"));
    }
}
