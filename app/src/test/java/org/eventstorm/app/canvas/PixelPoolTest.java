package org.eventstorm.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The pixels of tiles let go of: taken again only from the next frame, by size, and never more than the bound. */
@ExtendWith(ApplicationExtension.class)
class PixelPoolTest {
    private final PixelPool pool = new PixelPool();

    @Test
    void pixelsGivenBackAreTakenFromTheNextFrameOnAndOnlyForTheirSize(FxRobot robot) {
        robot.interact(() -> {
            PixelPool.Pixels tile = pool.make(256, 256);
            pool.give(tile);
            assertNull(pool.take(256, 256), "the renderer may still show them where they were in this frame");
            pool.nextFrame();
            assertNull(pool.take(256, 118), "pixels of another size");
            assertSame(tile, pool.take(256, 256));
            assertNull(pool.take(256, 256), "taken once");
        });
    }

    @Test
    void whatIsKeptIsBoundedTheOldestGoingFirst(FxRobot robot) {
        robot.interact(() -> {
            List<PixelPool.Pixels> covers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // a 1600 x 1000 cover is 1.6 million pixels: five fit in the 32 MB kept
                covers.add(pool.make(1600, 1000));
                pool.give(covers.get(i));
                pool.nextFrame();
            }
            List<PixelPool.Pixels> kept = new ArrayList<>();
            for (PixelPool.Pixels taken = pool.take(1600, 1000); taken != null; taken = pool.take(1600, 1000)) {
                kept.add(taken);
            }
            assertEquals(List.of(covers.get(7), covers.get(6), covers.get(5), covers.get(4), covers.get(3)), kept,
                    "the five given back last are kept, the newest taken first");
            pool.give(covers.get(0));
            pool.nextFrame();
            assertNotNull(pool.take(1600, 1000));
            assertEquals(8, pool.made());
        });
    }
}
