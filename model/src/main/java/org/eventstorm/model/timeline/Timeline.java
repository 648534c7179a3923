package org.eventstorm.model.timeline;

import java.util.List;
import org.eventstorm.model.sticky.StickyId;

/**
 * The board told as a numbered story: steps in time order, then the hotspots with the steps they concern.
 *
 * @param journey  the section title: "Customer Journey" when one actor drives the flow, else "Flow"
 * @param steps    in order; step {@code n} is {@code steps.get(n - 1)}
 * @param compensations the commands that only undo another, with what they undo
 * @param hotspots each hotspot with its step numbers
 */
public record Timeline(String title, String journey, List<Step> steps, List<Compensation> compensations, List<HotspotSteps> hotspots) {
    public Timeline {
        steps = List.copyOf(steps);
        compensations = List.copyOf(compensations);
        hotspots = List.copyOf(hotspots);
    }

    /** A command that only undoes {@code undoes}, told as a step: {@code **[Release Inventory]** → **Inventory** → `Inventory Released`}. */
    public record Compensation(StickyId undoes, Step step) {
    }

    /** A hotspot and the numbers of the steps it concerns (empty when it concerns nothing on the timeline). */
    public record HotspotSteps(StickyId hotspot, List<Integer> steps) {
        public HotspotSteps {
            steps = List.copyOf(steps);
        }
    }
}
