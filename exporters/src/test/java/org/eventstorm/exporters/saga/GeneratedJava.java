package org.eventstorm.exporters.saga;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Compiles generated Java with the JDK's compiler (javac's errors are the test's message) and runs its JUnit tests. */
public final class GeneratedJava {
    private GeneratedJava() {
    }

    /**
     * Writes the files under {@code folder}, compiles the Java ones with -Werror, and returns the compiled classes'
     * folder, which also holds the resources (as Maven would put them on the class path).
     */
    public static Path compile(Map<String, String> files, Path folder) throws IOException {
        List<String> sources = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve("src").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            if (file.getKey().endsWith(".java")) {
                sources.add(path.toString());
            }
        }
        Path classes = Files.createDirectories(folder.resolve("classes"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            for (String resources : List.of("src/main/resources/", "src/test/resources/")) {
                if (file.getKey().startsWith(resources)) {
                    Path resource = classes.resolve(file.getKey().substring(resources.length()));
                    Files.createDirectories(resource.getParent());
                    Files.writeString(resource, file.getValue());
                }
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        arguments.addAll(sources);
        StringWriter errors = new StringWriter();
        int exit = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }, true), arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new AssertionError("the generated Java does not compile:\n" + errors);
        }
        return classes;
    }

    /** Runs the JUnit test class {@code name} from {@code classes}; returns the summary. */
    public static TestExecutionSummary runTests(Path classes, String name) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedJava.class.getClassLoader())) {
            Class<?> testClass = loader.loadClass(name);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                launcher.execute(request, listener);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
            return listener.getSummary();
        }
    }

    public static String failures(TestExecutionSummary summary) {
        StringBuilder text = new StringBuilder();
        summary.getFailures().forEach(
                failure -> text.append(failure.getTestIdentifier().getDisplayName()).append(": ").append(failure.getException()).append('\n'));
        return text.toString();
    }
}
