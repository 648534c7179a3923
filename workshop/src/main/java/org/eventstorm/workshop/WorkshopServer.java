package org.eventstorm.workshop;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The workshop on the network: the participant page and its WebSocket, served only under a session's token
 * ({@code /w/TOKEN/}: the participants' token gives the participant page, the facilitator's the same page with the
 * room's controls). Anything without a valid token is refused, every response carries a Content-Security-Policy that
 * allows no inline script and nothing from elsewhere, and the server listens only on the address it was given and
 * only until it is closed. Built on Javalin (Jetty); decision 22.
 */
public final class WorkshopServer implements AutoCloseable {
    /** The page's files, the only ones served; each with its type. */
    static final Map<String, String> PAGE_FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "workshop.js", "text/javascript; charset=utf-8",
            "board.js", "text/javascript; charset=utf-8",
            "workshop.css", "text/css; charset=utf-8",
            "icon.svg", "image/svg+xml");
    private static final String PAGE = "/org/eventstorm/workshop/page/";
    private static final String REFUSED = "This workshop link is not valid: it may be from an earlier workshop, or cut short."
            + " Ask the facilitator for the current link.";
    private static final Pattern PLAIN_HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,100}");
    /** Pages in all at once, however many people: a flood of connections is refused, not served. */
    private static final int MAX_CONNECTIONS = 400;
    /** Messages a page may send in a second; more is a runaway script, and its connection is closed. */
    private static final int MESSAGES_PER_SECOND = 40;

    private final Javalin javalin;
    private final SessionTokens tokens;
    private final String host;

    private WorkshopServer(Javalin javalin, SessionTokens tokens, String host) {
        this.javalin = javalin;
        this.tokens = tokens;
        this.host = host;
    }

    /**
     * Starts serving {@code workshop} on {@code bind} (one address, never more than asked) and {@code port} (0 for a
     * free one).
     *
     * @throws IOException when nothing can listen there (the port is taken, the address is not this machine's)
     */
    public static WorkshopServer start(Workshop workshop, SessionTokens tokens, InetAddress bind, int port) throws IOException {
        Map<WsContext, WsConnection> connections = new ConcurrentHashMap<>();
        AtomicInteger open = new AtomicInteger();
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // /w/TOKEN and /w/TOKEN/ differ: the page's files are named relative to the second.
            config.router.ignoreTrailingSlashes = false;
            config.jetty.host = bind.getHostAddress();
            config.jetty.port = port;
            config.jetty.modifyWebSocketServletFactory(factory -> {
                factory.setMaxTextMessageSize(workshop.limits().messageBytes());
                factory.setIdleTimeout(Duration.ofSeconds(60));
            });
            config.routes.before(ctx -> secure(ctx));
            config.routes.get("/", ctx -> refuse(ctx, HttpStatus.NOT_FOUND, "Open the workshop link the facilitator gave you."));
            config.routes.get("/w/{token}", ctx -> {
                requireToken(tokens, ctx.pathParam("token"));
                ctx.redirect("/w/" + ctx.pathParam("token") + "/", HttpStatus.FOUND);
            });
            config.routes.get("/w/{token}/", ctx -> page(ctx, tokens, "index.html"));
            config.routes.get("/w/{token}/{file}", ctx -> page(ctx, tokens, ctx.pathParam("file")));
            config.routes.wsBeforeUpgrade("/w/{token}/ws", ctx -> {
                requireToken(tokens, ctx.pathParam("token"));
                if (open.get() >= MAX_CONNECTIONS) {
                    throw new ForbiddenResponse("The workshop has " + MAX_CONNECTIONS + " pages open; try again in a moment.");
                }
            });
            config.routes.ws("/w/{token}/ws", ws -> {
                ws.onConnect(ctx -> {
                    Role role = tokens.roleOf(ctx.pathParam("token")).orElseThrow();
                    open.incrementAndGet();
                    ctx.enableAutomaticPings(20, TimeUnit.SECONDS);
                    connections.put(ctx, new WsConnection(ctx, role));
                });
                ws.onMessage(ctx -> {
                    WsConnection connection = connections.get(ctx);
                    if (connection != null && connection.withinRate(System.nanoTime())) {
                        workshop.received(connection, ctx.message());
                    } else if (connection != null) {
                        connection.close("more than " + MESSAGES_PER_SECOND + " messages a second");
                    }
                });
                ws.onClose(ctx -> {
                    WsConnection connection = connections.remove(ctx);
                    if (connection != null) {
                        open.decrementAndGet();
                        connection.closed();
                        workshop.left(connection);
                    }
                });
                ws.onError(ctx -> {
                    // A dropped connection: onClose follows and tells the workshop.
                });
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.result("Not found. Open the workshop link the facilitator gave you.");
                }
            });
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            javalin.stop();
            throw new IOException("the workshop server cannot listen on " + bind.getHostAddress() + (port == 0 ? "" : ":" + port)
                    + " (" + rootMessage(e) + "); choose another port or address", e);
        }
        return new WorkshopServer(javalin, tokens, bind.getHostAddress());
    }

    public int port() {
        return javalin.port();
    }

    /** The address the server listens on. */
    public String host() {
        return host;
    }

    /** The link participants open: {@code http://ADDRESS:PORT/w/TOKEN/}. */
    public URI participantLink() {
        return link(tokens.participant());
    }

    /** The link the facilitator opens in a browser (when serving without the app). */
    public URI facilitatorLink() {
        return link(tokens.facilitator());
    }

    private URI link(String token) {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + port() + "/w/" + token + "/");
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        javalin.stop();
    }

    private static void secure(Context ctx) {
        String host = ctx.header("Host");
        String ws = host != null && PLAIN_HOST.matcher(host).matches() ? " ws://" + host : "";
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'" + ws + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void requireToken(SessionTokens tokens, String token) {
        if (tokens.roleOf(token).isEmpty()) {
            throw new ForbiddenResponse(REFUSED);
        }
    }

    private static void page(Context ctx, SessionTokens tokens, String file) throws IOException {
        requireToken(tokens, ctx.pathParam("token"));
        String type = PAGE_FILES.get(file);
        if (type == null) {
            refuse(ctx, HttpStatus.NOT_FOUND, "Not found. Open the workshop link the facilitator gave you.");
            return;
        }
        try (InputStream in = WorkshopServer.class.getResourceAsStream(PAGE + file)) {
            if (in == null) {
                refuse(ctx, HttpStatus.NOT_FOUND, "Not found.");
                return;
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private static void refuse(Context ctx, HttpStatus status, String text) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(text);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** One page's WebSocket, as the workshop sees it. */
    private static final class WsConnection implements Connection {
        private final WsContext ctx;
        private final Role role;
        private volatile boolean open = true;
        private long windowStart;
        private int inWindow;

        WsConnection(WsContext ctx, Role role) {
            this.ctx = ctx;
            this.role = role;
        }

        @Override
        public Role role() {
            return role;
        }

        @Override
        public void send(String json) {
            if (open) {
                try {
                    ctx.send(json);
                } catch (RuntimeException e) {
                    // The page went away while the message was on its way; onClose tells the workshop.
                }
            }
        }

        @Override
        public void close(String reason) {
            if (open) {
                open = false;
                ctx.closeSession(1008, reason);
            }
        }

        @Override
        public boolean isOpen() {
            return open && ctx.session.isOpen();
        }

        void closed() {
            open = false;
        }

        /** Counts a message; false when the page sent more than its share this second. Called on Jetty's thread for it. */
        synchronized boolean withinRate(long nanos) {
            if (nanos - windowStart > 1_000_000_000L) {
                windowStart = nanos;
                inWindow = 0;
            }
            return ++inWindow <= MESSAGES_PER_SECOND;
        }
    }
}
