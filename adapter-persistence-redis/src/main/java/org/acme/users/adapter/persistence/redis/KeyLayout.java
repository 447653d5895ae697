package org.acme.users.adapter.persistence.redis;

import java.util.ArrayList;
import java.util.List;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.Owner;
import org.acme.users.domain.model.UserId;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Where each piece of a user lives. A user record and its entry in the id index share the hash tag of its
 * bucket, so one script writes both in one step; the claim on an address has the address as its hash tag, and
 * the claim on an owner the owner, so claims spread over the cluster too, and a registration or a change of address
 * touches several slots (which the claim protocol makes safe). A single server has one bucket; a cluster has
 * {@value #BUCKETS_ON_A_CLUSTER}, whose tags are chosen to hash to slots evenly spaced over the 16,384, so that any
 * split of the slots into equal ranges spreads the users evenly over the primaries.
 *
 * <pre>
 * {prefix}layout                    how many buckets this data set uses, fixed when it was first written
 * {prefix}user:{tag}{id}            hash: email, name, createdAt, updatedAt (epoch ms), version, claim (a token)
 *                                   and for an owned user ownerIssuer, ownerSubject, ownerClaim (a token)
 * {prefix}ids:{tag}                 sorted set of the bucket's ids, all with score 0, so ordered as bytes
 * {prefix}email:{address}           hash: owner (a user id), token, at (epoch ms of the claim)
 * {prefix}owner:{issuer subject}    the same for an owner; '%', ' ', '{' and '}' in its parts percent-encoded
 * </pre>
 */
final class KeyLayout {

    static final int BUCKETS_ON_A_CLUSTER = 12;
    private static final int SLOTS = 16_384;

    private final String prefix;
    private final List<String> tags;

    private KeyLayout(String prefix, List<String> tags) {
        this.prefix = prefix;
        this.tags = tags;
    }

    static KeyLayout of(String prefix, int buckets) {
        if (buckets < 1 || buckets > SLOTS / 4) {
            throw new IllegalArgumentException("a layout has 1 to " + SLOTS / 4 + " buckets: " + buckets);
        }
        List<String> tags = new ArrayList<>();
        for (int bucket = 0; bucket < buckets; bucket++) {
            tags.add(tagNear((2 * bucket + 1) * SLOTS / (2 * buckets), SLOTS / (4 * buckets)));
        }
        return new KeyLayout(prefix, List.copyOf(tags));
    }

    /** Where a data set records its number of buckets; outside every bucket, as every prefix's own key. */
    static String layoutKey(String prefix) {
        return prefix + "layout";
    }

    int buckets() {
        return tags.size();
    }

    int bucketOf(UserId id) {
        return JedisClusterCRC16.getCRC16(id.toString()) % tags.size();
    }

    String userKey(UserId id) {
        return userKeyStem(bucketOf(id)) + id;
    }

    /** A bucket's user key without the id, which a page script completes with each id it reads. */
    String userKeyStem(int bucket) {
        return prefix + "user:{" + tags.get(bucket) + "}";
    }

    String indexKey(int bucket) {
        return prefix + "ids:{" + tags.get(bucket) + "}";
    }

    String indexKeyOf(UserId id) {
        return indexKey(bucketOf(id));
    }

    String claimKey(EmailAddress email) {
        return prefix + "email:{" + email.value() + "}";
    }

    /**
     * The claim of an owner. Its parts are percent-encoded where they have a {@code %}, a space or a brace, so the
     * space between them is unambiguous and the whole owner is the hash tag: owners spread over the slots too.
     */
    String ownerClaimKey(Owner owner) {
        return prefix + "owner:{" + escaped(owner.issuer()) + " " + escaped(owner.subject()) + "}";
    }

    private static String escaped(String part) {
        return part.replace("%", "%25").replace(" ", "%20").replace("{", "%7B").replace("}", "%7D");
    }

    /** The first of {@code u0}, {@code u1}, ... whose slot lies within {@code halfWidth} of {@code slot}. */
    private static String tagNear(int slot, int halfWidth) {
        for (int n = 0; ; n++) {
            String tag = "u" + n;
            if (Math.abs(JedisClusterCRC16.getSlot(tag) - slot) <= halfWidth) {
                return tag;
            }
        }
    }
}
