package org.acme.users.adapter.web.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.acme.users.application.port.in.RegisterUserCommand;
import org.acme.users.application.port.in.UserPage;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.acme.users.domain.model.UserName;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Maps between the API's records and the application's commands and results. Commands are built through
 * their factories, which apply the domain rules (422 on failure), so those mappings are written out.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface UserWebMapper {

    UserResponse toResponse(User user);

    @Mapping(target = "nextCursor", source = "nextAfter")
    UserPageResponse toResponse(UserPage page);

    default UserPageResponse toSingleItemPage(Optional<User> user) {
        List<UserResponse> items = user.map(this::toResponse).stream().toList();
        return new UserPageResponse(items, null);
    }

    default RegisterUserCommand toRegisterCommand(UserRequest request) {
        return RegisterUserCommand.of(request.email(), request.name());
    }

    default UserDetails toDetails(UserRequest request) {
        return UserDetails.of(request.email(), request.name());
    }

    default String idText(UserId id) {
        return id.toString();
    }

    default String emailText(EmailAddress email) {
        return email.value();
    }

    default String nameText(UserName name) {
        return name.value();
    }

    default String timestampText(Instant instant) {
        return ApiTimestamps.format(instant);
    }

    default String cursorText(Optional<UserId> nextAfter) {
        return nextAfter.map(PageCursor::encode).orElse(null);
    }
}
