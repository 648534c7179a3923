package org.eventstorm.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {
    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertEquals("1 error", Counted.of(1, "error"));
        assertEquals("0 errors", Counted.of(0, "error"));
        assertEquals("12 files", Counted.of(12, "file"));
        assertEquals("1 sticky", Counted.of(1, "sticky", "stickies"));
        assertEquals("3 stickies", Counted.of(3, "sticky", "stickies"));
    }
}
