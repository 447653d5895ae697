package org.acme.users.adapter.web.user;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import org.acme.users.adapter.web.problem.MalformedRequestException;
import org.acme.users.domain.model.UserId;

/**
 * The listing's cursor: the last id of a page as unpadded base64url of its 16 bytes. Clients treat it as
 * opaque; only the exact text this class writes is read back, so a cursor has a single spelling.
 */
final class PageCursor {

    private static final int ID_BYTES = 16;

    private PageCursor() {
    }

    static String encode(UserId lastOfPage) {
        UUID id = lastOfPage.value();
        byte[] bytes = ByteBuffer.allocate(ID_BYTES)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static UserId decode(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
        if (bytes.length != ID_BYTES) {
            throw malformed();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UserId id = new UserId(new UUID(buffer.getLong(), buffer.getLong()));
        if (!encode(id).equals(cursor)) {
            throw malformed();
        }
        return id;
    }

    private static MalformedRequestException malformed() {
        return new MalformedRequestException("The cursor is not one this API handed out.");
    }
}
