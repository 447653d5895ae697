package org.acme.users.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table built row by row, and the number formats the report uses in its cells. */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public MarkdownTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    public String render() {
        StringBuilder table = new StringBuilder();
        table.append("| ").append(String.join(" | ", header)).append(" |\n");
        table.append("|").append(" --- |".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return table.toString();
    }

    /** Microseconds with the precision that matters at their size. */
    public static String micros(double value) {
        return value < 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,.0f", value);
    }

    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    public static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    public static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A user count as people say it: 10k, 100k, 1M. */
    public static String users(int count) {
        if (count >= 1_000_000 && count % 1_000_000 == 0) {
            return count / 1_000_000 + "M";
        }
        return count >= 1000 && count % 1000 == 0 ? count / 1000 + "k" : Integer.toString(count);
    }
}
