package org.acme.users.adapter.web.user;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import org.acme.users.adapter.web.problem.MalformedRequestException;
import org.acme.users.application.port.in.ChangeUserCommand;
import org.acme.users.application.port.in.ChangeUserUseCase;
import org.acme.users.application.port.in.DeleteUserCommand;
import org.acme.users.application.port.in.DeleteUserUseCase;
import org.acme.users.application.port.in.FindUserByEmailUseCase;
import org.acme.users.application.port.in.GetUserUseCase;
import org.acme.users.application.port.in.ListUsersQuery;
import org.acme.users.application.port.in.ListUsersUseCase;
import org.acme.users.application.port.in.RegisterUserUseCase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users}: the user resource of API.md over the application's inbound ports. A removal declares no media
 * type: its answer, 204, has no body to negotiate, so no {@code Accept} makes it a 406.
 */
@RestController
@RequestMapping(path = "/api/users")
public class UserController {

    private final RegisterUserUseCase registerUser;
    private final GetUserUseCase getUser;
    private final FindUserByEmailUseCase findUserByEmail;
    private final ListUsersUseCase listUsers;
    private final ChangeUserUseCase changeUser;
    private final DeleteUserUseCase deleteUser;
    private final UserWebMapper mapper;

    public UserController(RegisterUserUseCase registerUser, GetUserUseCase getUser,
            FindUserByEmailUseCase findUserByEmail, ListUsersUseCase listUsers, ChangeUserUseCase changeUser,
            DeleteUserUseCase deleteUser, UserWebMapper mapper) {
        this.registerUser = registerUser;
        this.getUser = getUser;
        this.findUserByEmail = findUserByEmail;
        this.listUsers = listUsers;
        this.changeUser = changeUser;
        this.deleteUser = deleteUser;
        this.mapper = mapper;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResponse> register(@RequestBody UserRequest body) {
        User user = registerUser.register(mapper.toRegisterCommand(body));
        return ResponseEntity.created(URI.create("/api/users/" + user.id()))
                .eTag(EntityTags.of(user))
                .body(mapper.toResponse(user));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResponse> get(@PathVariable("id") String id,
            @RequestHeader HttpHeaders headers) {
        User user = getUser.get(parseId(id));
        EntityTags.requireMatch(IfMatch.parse(headers.getOrEmpty(HttpHeaders.IF_MATCH)), user);
        return ResponseEntity.ok().eTag(EntityTags.of(user)).body(mapper.toResponse(user));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    UserPageResponse list(@RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "email", required = false) String email) {
        int pageSize = PageLimit.parse(limit);
        Optional<UserId> after = Optional.ofNullable(cursor).map(PageCursor::decode);
        if (email != null) {
            return mapper.toSingleItemPage(findUserByEmail.findByEmail(email));
        }
        return mapper.toResponse(listUsers.list(new ListUsersQuery(after, pageSize)));
    }

    @PutMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResponse> change(@PathVariable("id") String id, @RequestBody UserRequest body,
            @RequestHeader HttpHeaders headers) {
        UserId userId = parseId(id);
        IfMatch condition = IfMatch.parse(headers.getOrEmpty(HttpHeaders.IF_MATCH));
        // The rules come before the precondition: a body that breaks them is a 422 whatever the version.
        UserDetails details = mapper.toDetails(body);
        OptionalLong expected = EntityTags.expectedVersion(condition, userId, getUser);
        User user = changeUser.change(new ChangeUserCommand(userId, details, expected));
        return ResponseEntity.ok().eTag(EntityTags.of(user)).body(mapper.toResponse(user));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable("id") String id, @RequestHeader HttpHeaders headers) {
        UserId userId = parseId(id);
        OptionalLong expected = EntityTags.expectedVersion(IfMatch.parse(headers.getOrEmpty(HttpHeaders.IF_MATCH)), userId, getUser);
        deleteUser.delete(new DeleteUserCommand(userId, expected));
        return ResponseEntity.noContent().build();
    }

    private static UserId parseId(String id) {
        return UserId.parse(id).orElseThrow(() ->
                new MalformedRequestException("The id must be a UUID in canonical form."));
    }
}
