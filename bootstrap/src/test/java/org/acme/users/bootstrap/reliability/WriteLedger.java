package org.acme.users.bootstrap.reliability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Every write a load sent, with its outcome, checked afterwards against what the service stores: each stored
 * user of this load must be the work of one acknowledged (or unanswered) write, with both fields from that write,
 * at a version that counts exactly its changes; no refused write may have left a trace; no acknowledged write may
 * be missing. Safe for many threads.
 */
public final class WriteLedger {

    private final String prefix;
    private final Pattern tokenInName;
    private final Map<String, Write> writes = new ConcurrentHashMap<>();

    /** @param prefix starts every token of this load, so users of other tests are left out of the check */
    public WriteLedger(String prefix) {
        this.prefix = prefix;
        this.tokenInName = Pattern.compile("(" + Pattern.quote(prefix) + "-[0-9]+-[0-9]+)");
    }

    public String token(int thread, int operation) {
        return prefix + "-" + thread + "-" + operation;
    }

    public void record(Write write) {
        writes.put(write.token(), write);
    }

    public long count(Write.Outcome outcome) {
        return writes.values().stream().filter(write -> write.outcome() == outcome).count();
    }

    /** Counts by kind and outcome, for the test's log. */
    public String summary() {
        Map<Write.Kind, Map<Write.Outcome, Long>> counts = new EnumMap<>(Write.Kind.class);
        writes.values().forEach(write -> counts.computeIfAbsent(write.kind(), kind -> new EnumMap<>(Write.Outcome.class))
                .merge(write.outcome(), 1L, Long::sum));
        return counts.toString();
    }

    /**
     * What breaks the promise, one line each, given every stored user and a way to read one user by id
     * (for removed users, which must answer 404).
     */
    public List<String> problemsWith(Map<String, JsonNode> stored, LoopbackClient client) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Write>> byUser = writes.values().stream().filter(write -> write.userId() != null)
                .collect(Collectors.groupingBy(Write::userId));
        for (JsonNode user : stored.values()) {
            tokenOf(user.get("name").asString()).ifPresent(token -> checkStored(user, token, byUser, problems));
        }
        for (Write write : writes.values()) {
            if (write.outcome() != Write.Outcome.ACKNOWLEDGED) {
                continue;
            }
            boolean present = stored.containsKey(write.userId());
            if (write.kind() == Write.Kind.DELETE) {
                Reply read = client.get("/api/users/" + write.userId());
                if (present || read.status() != 404) {
                    problems.add("acknowledged removal " + write.token() + " of " + write.userId() + " undone: " + read);
                }
            } else if (!present && !removed(byUser.get(write.userId()))) {
                problems.add("acknowledged " + write.kind() + " " + write.token() + " lost: " + write.userId() + " is gone");
            }
        }
        return problems;
    }

    private void checkStored(JsonNode user, String token, Map<String, List<Write>> byUser, List<String> problems) {
        String id = user.get("id").asString();
        Write maker = writes.get(token);
        if (maker == null || maker.outcome() == Write.Outcome.REFUSED || maker.kind() == Write.Kind.DELETE) {
            problems.add(id + " shows the work of " + (maker == null ? "an unknown write " + token : "refused " + maker));
            return;
        }
        if (maker.userId() != null && !maker.userId().equals(id)) {
            problems.add(id + " shows write " + token + " that was sent to " + maker.userId());
        }
        if (!user.get("email").asString().equals(maker.email()) || !user.get("name").asString().equals(maker.name())) {
            problems.add(id + " mixes fields of different writes: " + user + " but " + token + " sent " + maker);
        }
        long version = user.get("version").asLong();
        if (maker.outcome() == Write.Outcome.ACKNOWLEDGED && version != maker.version()) {
            problems.add(id + " is at version " + version + " but shows " + token + ", acknowledged as " + maker.version());
        }
        List<Write> toUser = byUser.getOrDefault(id, List.of());
        long acknowledged = changes(toUser, Write.Outcome.ACKNOWLEDGED);
        long unanswered = changes(toUser, Write.Outcome.UNKNOWN);
        if (version < acknowledged || version > acknowledged + unanswered) {
            problems.add(id + " is at version " + version + " after " + acknowledged + " acknowledged and "
                    + unanswered + " unanswered changes");
        }
    }

    private static long changes(List<Write> toUser, Write.Outcome outcome) {
        return toUser.stream().filter(write -> write.kind() == Write.Kind.CHANGE && write.outcome() == outcome).count();
    }

    /** Whether a removal of the user was acknowledged or may have happened. */
    private static boolean removed(List<Write> toUser) {
        return toUser != null && toUser.stream().anyMatch(write -> write.kind() == Write.Kind.DELETE
                && write.outcome() != Write.Outcome.REFUSED);
    }

    private Optional<String> tokenOf(String name) {
        Matcher matcher = tokenInName.matcher(name);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
