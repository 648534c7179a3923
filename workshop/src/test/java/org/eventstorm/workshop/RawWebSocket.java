package org.eventstorm.workshop;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * A script speaking WebSocket on a plain socket, as a runaway page or a hostile one would: it writes many messages in
 * one go, so the server reads them as fast as it can however busy the machine is (the JDK's client waits for each
 * send before the next). Enough of RFC 6455 for a test: the handshake, masked text frames, the server's close.
 */
final class RawWebSocket implements AutoCloseable {
    private static final byte[] MASK = {0x21, 0x42, 0x63, 0x04};

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(socket.getInputStream());
    }

    static RawWebSocket open(int port, String path) throws IOException {
        RawWebSocket raw = new RawWebSocket(new Socket("127.0.0.1", port));
        raw.socket.setSoTimeout(15_000);
        raw.out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        raw.out.flush();
        String head = raw.readHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("the server did not switch to WebSocket: " + head.lines().findFirst().orElse(""));
        }
        return raw;
    }

    /** Writes {@code count} text messages in a single write. */
    void sendAtOnce(String text, int count) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        if (payload.length > 125) {
            throw new IllegalArgumentException("a short message only");
        }
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            frames.write(0x81);
            frames.write(0x80 | payload.length);
            frames.write(MASK, 0, MASK.length);
            for (int b = 0; b < payload.length; b++) {
                frames.write(payload[b] ^ MASK[b % 4]);
            }
        }
        out.write(frames.toByteArray());
        out.flush();
    }

    /** Reads what the server sends until it closes: the close frame's status code, or empty if the connection just ended. */
    OptionalInt closeCode() throws IOException {
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                if ((first & 0x0f) == 0x8) {
                    return payload.length >= 2 ? OptionalInt.of(((payload[0] & 0xff) << 8) | (payload[1] & 0xff)) : OptionalInt.empty();
                }
            }
        } catch (EOFException ended) {
            return OptionalInt.empty();
        } catch (SocketTimeoutException silent) {
            throw new IOException("the server neither closed the connection nor said anything for 15 s", silent);
        }
    }

    private String readHead() throws IOException {
        InputStream raw = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = raw.read();
            if (b < 0) {
                throw new EOFException("the server closed the connection during the handshake");
            }
            head.append((char) b);
        }
        return head.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
