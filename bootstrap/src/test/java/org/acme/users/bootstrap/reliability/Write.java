package org.acme.users.bootstrap.reliability;

/**
 * One write sent to the service and what its answer says about it.
 *
 * @param token   unique to this write and carried in the name it sends, so a stored user shows which write made it
 * @param userId  the user written to; for a registration, known only once it was acknowledged
 * @param version the version the service acknowledged, or -1
 */
public record Write(String token, Kind kind, String userId, String email, String name, Outcome outcome, long version) {

    /** The kinds of write. */
    public enum Kind { REGISTER, CHANGE, DELETE }

    /** What the answer says about the write. */
    public enum Outcome {
        /** 2xx: the write was made and must never be lost. */
        ACKNOWLEDGED,
        /** 4xx: the write was refused and must have changed nothing. */
        REFUSED,
        /** 5xx or no answer: the write may or may not have been made. */
        UNKNOWN;

        static Outcome of(Reply reply) {
            if (reply.isSuccess()) {
                return ACKNOWLEDGED;
            }
            return reply.status() >= 400 && reply.status() < 500 ? REFUSED : UNKNOWN;
        }
    }
}
