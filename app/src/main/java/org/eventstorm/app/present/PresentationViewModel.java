package org.eventstorm.app.present;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.timeline.Part;
import org.eventstorm.model.timeline.Step;
import org.eventstorm.model.timeline.Timeline;
import org.eventstorm.model.timeline.TimelineBuilder;

/**
 * The board told step by step: the numbered flow of the timeline export, one step in the spotlight at a time, on a
 * canvas of its own so the workshop's view and selection are left as they were.
 */
public final class PresentationViewModel {
    /** Pixels at the bottom the caption covers at the least, kept free of the step. */
    static final double CAPTION_ROOM = 150;
    private final CanvasViewModel canvas;
    private final DoubleProperty captionRoom = new SimpleDoubleProperty(this, "captionRoom", CAPTION_ROOM);
    private final Timeline timeline;
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", -1);

    public PresentationViewModel(CanvasViewModel canvas) {
        this.canvas = canvas;
        this.timeline = new TimelineBuilder(canvas.board(), new LinkIndex(BoardLinks.of(canvas.board()))).build();
        step.addListener((observable, was, now) -> show(now.intValue()));
        // A caption that grows (a long step wraps) pushes the step up, so that it never covers a lit sticky.
        captionRoom.addListener((observable, was, now) -> {
            if (step.get() >= 0) {
                show(step.get());
            }
        });
    }

    /** The pixels at the bottom of the view the caption covers: what the window measures its caption band to be. */
    public DoubleProperty captionRoomProperty() {
        return captionRoom;
    }

    public boolean hasSteps() {
        return !timeline.steps().isEmpty();
    }

    public int stepCount() {
        return timeline.steps().size();
    }

    /** The current step, from 0; -1 before the first. */
    public IntegerProperty stepProperty() {
        return step;
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(stepCount() - 1);
    }

    public void next() {
        go(step.get() + 1);
    }

    public void previous() {
        go(step.get() - 1);
    }

    private void go(int to) {
        if (hasSteps()) {
            step.set(Math.max(0, Math.min(stepCount() - 1, to)));
        }
    }

    /** The stickies of the current step, in its order, and the hotspots raised about it. */
    public Set<StickyId> stickiesOfStep() {
        Set<StickyId> ids = new LinkedHashSet<>();
        if (step.get() >= 0) {
            timeline.steps().get(step.get()).parts().forEach(part -> ids.addAll(part.ids()));
            int number = step.get() + 1;
            timeline.hotspots().stream().filter(entry -> entry.steps().contains(number)).forEach(entry -> ids.add(entry.hotspot()));
        }
        return ids;
    }

    /** "Step 3 of 12". */
    public StringBinding counter() {
        return Bindings.createStringBinding(() -> step.get() < 0 ? "" : "Step " + (step.get() + 1) + " of " + stepCount(), step);
    }

    /** The step as words joined by arrows: "Customer → Place Order → Order → Order Placed". */
    public StringBinding caption() {
        return Bindings.createStringBinding(() -> step.get() < 0 ? "" : words(timeline.steps().get(step.get())), step);
    }

    public String title() {
        return timeline.title();
    }

    private static String words(Step step) {
        List<String> parts = step.parts().stream().map(PresentationViewModel::words).toList();
        return String.join(step.informs() ? "  \u2190  " : "  \u2192  ", parts);
    }

    private static String words(Part part) {
        return String.join(", ", part.names());
    }

    private void show(int at) {
        Set<StickyId> ids = stickiesOfStep();
        canvas.spotlight().clear();
        canvas.spotlight().addAll(ids);
        canvas.highlighted().clear();
        canvas.highlighted().addAll(ids);
        canvas.flyToShow(ids, 1.6, captionRoom.get());
    }
}
