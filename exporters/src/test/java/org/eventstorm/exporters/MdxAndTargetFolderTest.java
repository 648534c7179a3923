package org.eventstorm.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventstorm.exporters.eventcatalog.Mdx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdxAndTargetFolderTest {
    @TempDir
    Path temp;

    @Test
    void mdxEscapesWhatWouldBreakTheBuildAndKeepsCode() {
        assertEquals("I \\<3 this", Mdx.inline("I <3 this"));
        assertEquals("Map\\<String, Object\\>", Mdx.inline("Map<String, Object>"));
        assertEquals("\\<https://x\\> and \\<br\\>", Mdx.inline("<https://x> and <br>"));
        assertEquals("\\{@link X\\} and \\{id\\}", Mdx.inline("{@link X} and {id}"));
        assertEquals("&#105;mport x from 'y'\n  &#101;xport default 1\nwe import later", Mdx.escape("import x from 'y'\n  export default 1\nwe import later"));
        assertEquals("a `{kept} <as is>` b \\{", Mdx.escape("a `{kept} <as is>` b {"));
        assertEquals("```java\nMap<K, V> m = {};\n```\n\\{after\\}", Mdx.escape("```java\nMap<K, V> m = {};\n```\n{after}"));
        assertEquals("\"quotes\" 'and' \uD83D\uDE80 emoji", Mdx.inline("\"quotes\" 'and' \uD83D\uDE80 emoji"));
        assertEquals("back\\\\slash", Mdx.inline("back\\slash"));
    }

    @Test
    void namesBecomeSafeFileNames() {
        assertEquals("etc-passwd", SafeFileName.of("../../etc/passwd"));
        assertEquals("a-b-c", SafeFileName.of("a/b\\c"));
        assertEquals("untitled", SafeFileName.of("../.."));
    }

    @Test
    void theTargetFolderRefusesEveryPathOutsideIt() throws IOException {
        TargetFolder target = TargetFolder.at(temp.resolve("out"));
        for (String path : new String[] {"../x.md", "a/../../x.md", "/etc/passwd", "a//b.md", "a\\..\\b.md", "./x", "", "a/"}) {
            assertThrows(IllegalArgumentException.class, () -> target.write(path, "x"), path);
        }
        assertFalse(Files.exists(temp.resolve("x.md")));
        target.write("a/b/c.md", "fine");
        assertEquals("fine", Files.readString(temp.resolve("out/a/b/c.md")));
        assertEquals(java.util.List.of("a/b/c.md"), target.written());
    }

    @Test
    void theTargetFolderDoesNotFollowALinkOut() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("link"), outside);
        TargetFolder target = TargetFolder.at(out);
        IOException refused = assertThrows(IOException.class, () -> target.write("link/deeper/x.md", "x"));
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count(), "nothing was created outside");
        }
    }
}
