package ru.nastavnik.gateway;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test's HTTP call times out, prints every thread's stack to the test output: a hang seen once
 * (out of many runs) on this shared two-core machine could not be reproduced, and the dump is what would
 * show where the gateway or the client waits.
 */
class DumpThreadsOnClientTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (isClientTimeout(throwable)) {
            StringBuilder dump = new StringBuilder("Thread dump after the client timed out in ")
                    .append(context.getDisplayName()).append('\n');
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState()).append('\n');
                for (StackTraceElement frame : thread.getStackTrace()) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
            System.err.println(dump);
        }
        throw throwable;
    }

    /** WebTestClient's blocking read, or java.net.http's request timeout (PortalBrowser). */
    private static boolean isClientTimeout(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Timeout on blocking read")
                    || t instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
