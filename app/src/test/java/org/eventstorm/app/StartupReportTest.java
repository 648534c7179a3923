package org.eventstorm.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StartupReportTest {
    @Test
    void theStartUpClockAgreesWithTheJvmsOwnUptime() {
        // The JVM's uptime starts when the JVM is created, a little after the process started; the start-up figures
        // are measured from the process's start, so they are a little longer, never shorter and never by much.
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceStart = StartupReport.sinceStart();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();

        assertTrue(sinceStart >= jvmUptime - 20, "since start " + sinceStart + " ms, JVM up " + jvmUptime + " ms");
        assertTrue(sinceStart <= jvmUptimeAfter + 250, "since start " + sinceStart + " ms, JVM up " + jvmUptimeAfter + " ms");
    }
}
