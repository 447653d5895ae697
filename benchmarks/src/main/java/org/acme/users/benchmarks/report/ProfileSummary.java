package org.acme.users.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final Map<CodeLayer, Integer> byLayer = new EnumMap<>(CodeLayer.class);
    private final Map<String, Integer> byMethod = new HashMap<>();
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
            otherThreadSamples += cpu ? 1 : 0;
            return;
        }
        if (!cpu) {
            nativeSamples++;
            return;
        }
        cpuSamples++;
        RecordedStackTrace stack = event.getStackTrace();
        List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
        if (!frames.isEmpty()) {
            RecordedFrame top = frames.get(0);
            byMethod.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
        }
        byLayer.merge(layerOf(frames), 1, Integer::sum);
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
        text.append("\nHottest methods of the benchmark thread (self time):\n");
        byMethod.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(HOTTEST)
                .forEach(entry -> text.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n",
                        share(entry.getValue()), entry.getKey())));
        return text.toString();
    }

    private double share(int samples) {
        return cpuSamples == 0 ? 0 : 100.0 * samples / cpuSamples;
    }
}
