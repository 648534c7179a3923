package org.eventstorm.exporters.code;

import java.util.Set;

/**
 * Board text in generated source: string literals each language reads back exactly (every character outside printable
 * ASCII escaped), comment text that cannot end its comment, and identifiers that are not the language's keywords.
 */
public final class Literals {
    public static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
            "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private", "protected", "public",
            "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits", "_");
    public static final Set<String> TS_KEYWORDS = Set.of("break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
            "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new",
            "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "as",
            "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "any", "boolean",
            "constructor", "declare", "get", "module", "require", "number", "set", "string", "symbol", "type", "from", "of", "await",
            "async", "undefined", "never", "unknown", "object");
    public static final Set<String> GO_KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
            "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch",
            "type", "var", "any", "bool", "byte", "error", "string", "int", "nil", "true", "false", "iota", "len", "make", "new", "append");

    private Literals() {
    }

    /** An identifier that is not a keyword: {@code class} becomes {@code class_}. */
    public static String identifier(String name, Set<String> keywords) {
        return keywords.contains(name) ? name + "_" : name;
    }

    /**
     * A Java string literal. Control characters are octal escapes: Java reads {@code \\uXXXX} escapes before anything
     * else, so one for a line break would end the literal.
     */
    public static String java(String text) {
        return quoted(text, "\\%03o", false);
    }

    /** Comment text for Java: as {@link #comment}, with backslashes doubled so no {@code \\u} escape is read inside it. */
    public static String javaComment(String text) {
        return comment(text).replace("\\", "\\\\");
    }

    /** A TypeScript string literal (no octal escapes: strict mode refuses them). */
    public static String typescript(String text) {
        return quoted(text, "\\x%02x", false);
    }

    /** A Go string literal: a character beyond the Basic Multilingual Plane as one {@code \\U} escape, as Go requires. */
    public static String go(String text) {
        return quoted(text, "\\x%02x", true);
    }

    private static String quoted(String text, String control, boolean wholeCodePoints) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length();) {
            int c = wholeCodePoints ? text.codePointAt(i) : text.charAt(i);
            i += wholeCodePoints ? Character.charCount(c) : 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(control, c));
                    } else if (c > 0xffff) {
                        out.append(String.format("\\U%08x", c));
                    } else if (c > 0x7e) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text for a line comment or a doc comment: one line, printable, unable to close the comment it is in. */
    public static String comment(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString().replace("*/", "*\u2215").replace("/*", "\u2215*").strip();
    }
}
