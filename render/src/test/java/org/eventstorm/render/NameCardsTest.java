package org.eventstorm.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eventstorm.model.board.Geometry;
import org.junit.jupiter.api.Test;

/** Where names go zoomed out: whole, at projector size, on cards that never meet. */
class NameCardsTest {
    private final Java2dSurface surface = new Java2dSurface(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB));
    private final NameCards cards = new NameCards();

    @Test
    void aNameThatFitsStaysInItsStickyAtProjectorSize() {
        Geometry box = new Geometry(0, 0, 160, 100);
        NameCard card = cards.cardFor(surface, "Order Placed", box, 6, 0.6, cards.room(surface, box, "Order Placed", List.of(), 0.6)).orElseThrow();
        assertFalse(card.grown());
        assertEquals(NameCards.READABLE_PIXELS, card.size() * 0.6, 1e-9);
        assertEquals("Order Placed", String.join(" ", card.lines()));
    }

    @Test
    void aNameTooLongForItsStickyGoesOnACardGrownIntoItsRoomWhole() {
        Geometry box = new Geometry(0, 0, 160, 100);
        String name = "Payment Race Condition Detected By The Nightly Reconciliation";
        NameCard card = cards.cardFor(surface, name, box, 6, 0.4, cards.room(surface, box, name, List.of(), 0.4)).orElseThrow();
        assertTrue(card.grown());
        assertEquals(name, String.join(" ", card.lines()));
        assertTrue(card.area().minX() <= 0 && card.area().maxX() >= 160 && card.area().minY() <= 0 && card.area().maxY() >= 100,
                "the card covers the sticky: " + card.area());
        assertTrue(card.area().width() * 0.4 <= NameCards.WIDEST_CARD_PIXELS + 1e-6, "no wider than a card grows: " + card.area());
    }

    @Test
    void tooFarOutNothingIsNamed() {
        Geometry box = new Geometry(0, 0, 160, 100);
        assertTrue(cards.cardFor(surface, "Order Placed", box, 6, 0.19, new Area(0, 0, 160, 100)).isEmpty(), "below 20 %");
        Geometry small = new Geometry(0, 0, 60, 40);
        assertTrue(cards.cardFor(surface, "Order Placed", small, 6, 0.3, new Area(0, 0, 60, 40)).isEmpty(), "18 pixels wide");
    }

    @Test
    void aStickyWhoseLongestWordNeedsMoreTakesItFromTheGapBesideANeighbourThatNeedsNone() {
        double scale = 0.4;
        Geometry confirmed = new Geometry(0, 0, 160, 100);
        Geometry status = new Geometry(190, 0, 160, 100);
        Area room = cards.room(surface, confirmed, "Reconciliationally", List.of(new NameCards.Neighbour(status, "Status")), scale);
        Area other = cards.room(surface, status, "Status", List.of(new NameCards.Neighbour(confirmed, "Reconciliationally")), scale);
        assertTrue(room.maxX() > 175, "more than half the gap: " + room);
        assertTrue(room.maxX() <= other.minX(), "the two rooms do not meet: " + room + " " + other);
    }

    /** Random boards at random zooms: no two cards meet unless one could not fit its longest word in its room. */
    @Test
    void cardsOfNeighboursNeverMeet() {
        Random random = new Random(25);
        String[] words = {"Order", "Placed", "Payment", "Authorized", "Inventory", "Reserved", "Shipment", "Cancelled", "Race", "Condition",
                "Customer", "Email", "Sent", "Refund", "Requested"};
        for (int round = 0; round < 40; round++) {
            double scale = 0.3 + random.nextDouble() * 0.9;
            List<NameCards.Neighbour> stickies = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                StringBuilder name = new StringBuilder();
                for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
                    name.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                stickies.add(new NameCards.Neighbour(new Geometry(random.nextInt(12) * 190, random.nextInt(8) * 125, 160, 100), name.toString()));
            }
            List<Area> shown = new ArrayList<>();
            List<Boolean> fitted = new ArrayList<>();
            for (NameCards.Neighbour sticky : stickies) {
                List<NameCards.Neighbour> others = stickies.stream().filter(other -> other != sticky).toList();
                Area room = cards.room(surface, sticky.box(), sticky.name(), others, scale);
                NameCard card = cards.cardFor(surface, sticky.name(), sticky.box(), 6, scale, room).orElse(null);
                Area area = card == null ? new Area(sticky.box().x(), sticky.box().y(), sticky.box().right(), sticky.box().bottom()) : card.area();
                shown.add(area);
                fitted.add(area.minX() >= room.minX() - 1e-6 && area.maxX() <= room.maxX() + 1e-6 && area.minY() >= room.minY() - 1e-6
                        && area.maxY() <= room.maxY() + 1e-6);
                if (card != null) {
                    assertEquals(String.join(" ", sticky.name().split(" ")), String.join(" ", card.lines()), "whole at " + scale);
                }
            }
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    Area a = shown.get(i);
                    Area b = shown.get(j);
                    boolean sameBox = stickies.get(i).box().equals(stickies.get(j).box());
                    boolean meet = a.minX() < b.maxX() - 1e-6 && b.minX() < a.maxX() - 1e-6 && a.minY() < b.maxY() - 1e-6 && b.minY() < a.maxY() - 1e-6;
                    assertTrue(!meet || sameBox || !fitted.get(i) || !fitted.get(j), "round " + round + " at " + scale + ": '"
                            + stickies.get(i).name() + "' " + a + " meets '" + stickies.get(j).name() + "' " + b);
                }
            }
        }
    }
}
