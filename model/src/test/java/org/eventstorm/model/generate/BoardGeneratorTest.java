package org.eventstorm.model.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoardGeneratorTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 500, 5000})
    void generatesExactlyTheAskedNumberOfStickiesAllPlaced(int size) {
        Board board = new BoardGenerator(42).generate(size);
        assertEquals(size, board.size());
        assertEquals(size, board.geometries().size());
    }

    @Test
    void theSameSeedGivesTheSameBoard() {
        assertEquals(new BoardGenerator(7).generate(300).snapshot(), new BoardGenerator(7).generate(300).snapshot());
    }

    @Test
    void aLargeBoardUsesEveryKindAndEveryReferenceResolvesOnce() {
        Board board = new BoardGenerator(3).generate(5000);
        // every kind of the model; a generated board has no free notes
        assertEquals(EnumSet.complementOf(EnumSet.of(StickyKind.NOTE)),
                board.ids().stream().map(StickyId::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(StickyKind.class))));
        ReferenceResolver resolver = new ReferenceResolver(board);
        long references = 0;
        for (var entry : board.stickies().entrySet()) {
            for (ResolvedReference reference : resolver.referencesOf(entry.getKey(), entry.getValue())) {
                assertEquals(1, reference.targets().size(), entry.getKey() + ": " + reference.reference().written());
                references++;
            }
        }
        assertTrue(references > 5000, "a generated board is densely linked: " + references);
        Set<String> names = board.stickies().values().stream().map(s -> s.kind() + s.name().toLowerCase()).collect(Collectors.toSet());
        assertEquals(board.size(), names.size(), "names are unique within a kind");
    }

    @Test
    void stickiesDoNotOverlap() {
        Board board = new BoardGenerator(11).generate(2000);
        java.util.List<Geometry> places = board.geometries().values().stream().sorted(java.util.Comparator.comparingInt(Geometry::x)).toList();
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size() && places.get(j).x() < places.get(i).right(); j++) {
                assertTrue(!places.get(i).intersects(places.get(j)), places.get(i) + " overlaps " + places.get(j));
            }
        }
    }
}
