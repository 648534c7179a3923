package org.eventstorm.workshop;

/**
 * One open page: the server's side of a WebSocket. Sending never blocks (messages queue behind each other); a
 * connection the other end has left says so through {@link #isOpen()}.
 */
public interface Connection {
    Role role();

    void send(String json);

    void close(String reason);

    boolean isOpen();
}
