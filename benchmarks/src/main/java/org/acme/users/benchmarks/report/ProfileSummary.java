package org.acme.users.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Flight Recorder file of one benchmark: where the benchmark thread's CPU samples fall, by library
 * (the innermost frame of a known library decides, so a JDK collection called by Hibernate counts as Hibernate),
 * and its hottest methods. Native-method samples show how often the thread waited in native code (the socket).
 *
 * <p>Usage: {@code ProfileSummary <label> <recording.jfr> <summary.txt>}
 */
public final class ProfileSummary {

    private static final int HOTTEST = 12;
    private static final int HOTTEST_ELSEWHERE = 8;

    private final Map<CodeLayer, Integer> byLayer = new EnumMap<>(CodeLayer.class);
    private final Map<String, Integer> byMethod = new HashMap<>();
    /** Other threads matter when the database runs in this JVM (the embedded MongoDB server, H2, SQLite). */
    private final Map<String, Integer> byMethodElsewhere = new HashMap<>();
    private int cpuSamples;
    private int nativeSamples;
    private int otherThreadSamples;

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ProfileSummary <label> <recording.jfr> <summary.txt>");
        }
        ProfileSummary summary = new ProfileSummary();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[1]))) {
            summary.add(event);
        }
        Files.writeString(Path.of(args[2]), summary.describe(args[0]));
    }

    private void add(RecordedEvent event) {
        String type = event.getEventType().getName();
        boolean cpu = type.equals("jdk.ExecutionSample");
        if (!cpu && !type.equals("jdk.NativeMethodSample")) {
            return;
        }
        String thread = event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
        if (thread == null || !thread.contains("jmh-worker")) {
            if (cpu) {
                otherThreadSamples++;
                topMethod(event).ifPresent(method -> byMethodElsewhere.merge(method, 1, Integer::sum));
            }
            return;
        }
        if (!cpu) {
            nativeSamples++;
            return;
        }
        cpuSamples++;
        topMethod(event).ifPresent(method -> byMethod.merge(method, 1, Integer::sum));
        byLayer.merge(layerOf(framesOf(event)), 1, Integer::sum);
    }

    private static List<RecordedFrame> framesOf(RecordedEvent event) {
        RecordedStackTrace stack = event.getStackTrace();
        return stack == null ? List.of() : stack.getFrames();
    }

    private static Optional<String> topMethod(RecordedEvent event) {
        return framesOf(event).stream().findFirst()
                .map(top -> top.getMethod().getType().getName() + "." + top.getMethod().getName());
    }

    /** The innermost library frame; JDK frames count only when no library is on the stack above the harness. */
    private static CodeLayer layerOf(List<RecordedFrame> frames) {
        CodeLayer innermostJdk = null;
        for (RecordedFrame frame : frames) {
            CodeLayer layer = CodeLayer.of(frame.getMethod().getType().getName());
            if (!layer.isJdk()) {
                return innermostJdk == CodeLayer.JDK_IO ? CodeLayer.JDK_IO : layer;
            }
            innermostJdk = innermostJdk == null ? layer : innermostJdk;
        }
        return innermostJdk == null ? CodeLayer.JDK_OTHER : innermostJdk;
    }

    private String describe(String label) {
        StringBuilder text = new StringBuilder();
        text.append(label).append('\n')
                .append(String.format(Locale.ROOT, "benchmark thread: %d CPU samples, %d samples waiting in native code "
                        + "(socket reads); other threads: %d CPU samples%n", cpuSamples, nativeSamples, otherThreadSamples))
                .append("\nCPU samples of the benchmark thread by library (innermost library frame):\n");
        byLayer.entrySet().stream()
                .sorted(Map.Entry.<CodeLayer, Integer>comparingByValue().reversed())
                .forEach(entry -> text.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n",
                        share(entry.getValue()), entry.getKey().label())));
        text.append("\nHottest methods of the benchmark thread (self time, share of its CPU samples):\n");
        appendHottest(text, byMethod, HOTTEST, cpuSamples);
        if (otherThreadSamples > 0) {
            text.append("\nHottest methods of the other threads (self time, share of their CPU samples):\n");
            appendHottest(text, byMethodElsewhere, HOTTEST_ELSEWHERE, otherThreadSamples);
        }
        return text.toString();
    }

    private static void appendHottest(StringBuilder text, Map<String, Integer> methods, int limit, int total) {
        methods.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(entry -> text.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n",
                        100.0 * entry.getValue() / total, entry.getKey())));
    }

    private double share(int samples) {
        return cpuSamples == 0 ? 0 : 100.0 * samples / cpuSamples;
    }
}
