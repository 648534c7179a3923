package org.eventstorm.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.app.workshop.Browsers;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** The screenshot tour's workshop: a few people writing over the protocol, and one joining from a phone in Chromium. */
final class TourParticipants {
    private TourParticipants() {
    }

    /** Participants join the shared board at {@code link} and write, on a thread of their own (the board's is the tour's). */
    static void write(URI link) {
        Thread people = new Thread(() -> {
            String[][] writes = {
                    {"Ana", "event", "Refund Requested", "3240", "470"},
                    {"Ben", "event", "Refund Approved", "3440", "470"},
                    {"Chloé", "hotspot", "Who pays return shipping?", "3340", "620"},
                    {"Ana", "event", "Return Label Sent", "3640", "470"},
                    {"Ben", "command", "Approve Refund", "3340", "320"},
            };
            for (int i = 0; i < writes.length; i++) {
                String[] write = writes[i];
                WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(link.toString().replace("http://", "ws://") + "ws"),
                        new WebSocket.Listener() {}).join();
                socket.sendText("{\"type\":\"join\",\"name\":\"" + write[0] + "\",\"key\":\"tour-key-of-" + write[0].hashCode() + "-0123456789\"}",
                        true).join();
                socket.sendText("{\"type\":\"add\",\"id\":\"tour-" + i + "\",\"kind\":\"" + write[1] + "\",\"name\":\"" + write[2] + "\",\"x\":"
                        + write[3] + ",\"y\":" + write[4] + "}", true).join();
                pause(300);
            }
        }, "tour-participants");
        people.setDaemon(true);
        people.start();
    }

    /** A phone joins at {@code link} in headless Chromium and its screen is written to {@code file}; nothing where Chromium is missing. */
    static void phone(URI link, Path file, List<String> votes) {
        Thread phone = new Thread(() -> {
            if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                return;
            }
            ChromeDriver page = Browsers.open(390, 844);
            try {
                page.get(link.toString());
                page.findElement(By.id("join-name")).sendKeys("Dana");
                page.findElement(By.id("join-button")).click();
                pause(1500);
                page.findElement(By.id("text")).sendKeys("Refund Rejected");
                pause(600);
                Files.write(file, page.getScreenshotAs(OutputType.BYTES));
                System.out.println("wrote " + file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                page.quit();
            }
        }, "tour-phone");
        phone.setDaemon(true);
        phone.start();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
