package org.eventstorm.bench.cold;

/** The yardstick of a cold start: a Java program that prints one line. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
