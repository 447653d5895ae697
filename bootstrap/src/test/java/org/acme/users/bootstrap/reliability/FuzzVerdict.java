package org.acme.users.bootstrap.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Judges the answer to one hostile request against API.md. */
final class FuzzVerdict {

    private FuzzVerdict() {
    }

    /**
     * Everything wrong with {@code reply} as the answer to {@code request}; empty if it is right.
     *
     * @param alsoAllowed statuses the service may give this request beyond those its kind allows
     */
    static List<String> findings(HostileRequest request, Reply reply, Set<Integer> alsoAllowed) {
        List<String> findings = new ArrayList<>();
        if (!reply.answered()) {
            findings.add(reply.toString());
            return findings;
        }
        if (!request.allowed().contains(reply.status()) && !alsoAllowed.contains(reply.status())) {
            findings.add((reply.status() >= 500 ? "server error " : "status ") + reply.status() + " where API.md allows "
                    + request.allowed() + ": " + reply);
        }
        if (reply.status() >= 400 && !request.isHead()) {
            findings.addAll(ProblemBody.problemsWith(reply, request.sentText()));
        }
        if (request.emptyListing() && reply.status() == 200) {
            JsonNode items = reply.json().get("items");
            if (items == null || !items.isEmpty()) {
                findings.add("a lookup of an address nobody has listed users: " + reply);
            }
        }
        return findings;
    }
}
