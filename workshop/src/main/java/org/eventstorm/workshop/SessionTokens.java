package org.eventstorm.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The two secrets of one workshop, 128 random bits each: the participants' token in the join link, and the
 * facilitator's in the facilitator link. Every request and every WebSocket names one; nothing is served without it.
 */
public record SessionTokens(String participant, String facilitator) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public SessionTokens {
        if (participant.equals(facilitator)) {
            throw new IllegalArgumentException("the two tokens must differ");
        }
    }

    /** Two new tokens. */
    public static SessionTokens random() {
        return new SessionTokens(token(), token());
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The role {@code token} grants, compared in constant time; empty for any other text. */
    public Optional<Role> roleOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(given, facilitator.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Role.FACILITATOR);
        }
        if (MessageDigest.isEqual(given, participant.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Role.PARTICIPANT);
        }
        return Optional.empty();
    }
}
