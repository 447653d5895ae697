package org.acme.users.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One page of the listing; {@code nextCursor} is null on the last page and always present. */
@JsonPropertyOrder({"items", "nextCursor"})
public record UserPageResponse(List<UserResponse> items, String nextCursor) {
}
