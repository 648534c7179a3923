package org.eventstorm.app.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network that fails the way a room's Wi-Fi does, between a browser and the host: bytes pass both ways until
 * {@link #drop()} cuts every connection and refuses new ones; {@link #restore()} lets them through again.
 */
public final class DroppingProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final InetAddress host;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /** A proxy on the loopback address to {@code host:target}. */
    public DroppingProxy(InetAddress host, int target) throws IOException {
        this.host = host;
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "dropping-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** Cuts every connection now and refuses new ones until {@link #restore()}. */
    public void drop() {
        down = true;
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
        open.clear();
    }

    public void restore() {
        down = false;
    }

    private void accept() {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                return;
            }
            try {
                if (down) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(host, target);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                try {
                    client.close();
                } catch (IOException closing) {
                    // already closed
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // cut
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "dropping-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void close() throws IOException {
        drop();
        listening.close();
    }
}
