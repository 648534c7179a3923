package org.eventstorm.render;

import java.awt.Font;

/** The text weight and size a surface drawing with Java2D's fonts has set, and text measured in them. */
final class AwtPen {
    private Surface.Weight weight = Surface.Weight.NORMAL;
    private double size = 12;

    void set(Surface.Weight newWeight, double newSize) {
        weight = newWeight;
        size = newSize;
    }

    Surface.Weight weight() {
        return weight;
    }

    double size() {
        return size;
    }

    /** The font that draws {@code text}: Inter, or the fallback when Inter lacks some of its characters. */
    Font font(String text) {
        return AwtText.font(weight, size, text);
    }

    double width(String text) {
        return AwtText.width(font(text), text);
    }
}
