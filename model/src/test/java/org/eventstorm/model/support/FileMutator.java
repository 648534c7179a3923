package org.eventstorm.model.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks a valid board file in the ways files really break, and in the ways an attacker would break them: bytes
 * flipped, cut or repeated; YAML tokens that open anchors, aliases, tags, flow collections and block scalars; NUL,
 * BOMs, CR and control characters; lines swapped, repeated and nested deep. Seeded, so any case can be replayed.
 */
public final class FileMutator {
    private static final String[] TOKENS = {
            "&a ", "*a", "<<: *a\n", "[", "]", "{", "}", ": ", ":", "---\n", "...\n", "\t", "\u0000", "\uFEFF", "\r", "\r\n", "? ",
            "|\n", ">-\n", "%YAML 1.1\n", "'", "\"", "\\u0000", "\\x1b", "!!java.lang.Runtime ", "!!binary ", "!<tag:x> ", "- ", "#",
            "\u0007", "\u001b[2J", "\u202e", "\ud83d\ude00", "\u00e9", "&a [*a, *a]", "name: ", "type: ", "geometry:\n", "  ", "\n",
            "${jndi:ldap://x}", "{{x}}", "<script>", "../", "..\\", "/etc/passwd", "0x7fffffff", "1e400", "-.inf", ".nan", "~", "null",
    };

    private final Random random;

    public FileMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to four mutations of {@code original}. */
    public byte[] mutate(byte[] original) {
        byte[] bytes = original;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            bytes = once(bytes);
        }
        return bytes;
    }

    private byte[] once(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        return switch (random.nextInt(11)) {
            case 0 -> flipped(bytes, at);
            case 1 -> spliced(bytes, at, randomBytes(1 + random.nextInt(16)));
            case 2 -> spliced(bytes, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 3 -> removed(bytes, at, 1 + random.nextInt(Math.max(1, bytes.length / 4)));
            case 4 -> Arrays.copyOf(bytes, at);
            case 5 -> spliced(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64))));
            case 6 -> linesSwapped(bytes);
            case 7 -> lineRepeated(bytes, 2 + random.nextInt(random.nextBoolean() ? 5 : 2_000));
            case 8 -> spliced(bytes, at, ("[".repeat(1 + random.nextInt(300)) + "x" + "]".repeat(random.nextInt(300))).getBytes(StandardCharsets.UTF_8));
            case 9 -> spliced(bytes, at, ("  ".repeat(random.nextInt(200)) + "k" + random.nextInt(9) + ": v\n").getBytes(StandardCharsets.UTF_8));
            default -> spliced(bytes, at, ("x".repeat(1 + random.nextInt(20_000))).getBytes(StandardCharsets.UTF_8));
        };
    }

    private byte[] flipped(byte[] bytes, int at) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] spliced(byte[] bytes, int at, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] removed(byte[] bytes, int at, int length) {
        int end = Math.min(bytes.length, at + length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, at);
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
    }

    private byte[] linesSwapped(byte[] bytes) {
        List<String> lines = lines(bytes);
        if (lines.size() > 1) {
            int a = random.nextInt(lines.size());
            int b = random.nextInt(lines.size());
            String kept = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, kept);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] lineRepeated(byte[] bytes, int times) {
        List<String> lines = lines(bytes);
        if (!lines.isEmpty()) {
            int at = random.nextInt(lines.size());
            lines.set(at, (lines.get(at) + "\n").repeat(times));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }
}
