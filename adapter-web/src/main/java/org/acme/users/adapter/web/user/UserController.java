package org.acme.users.adapter.web.user;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalLong;
import org.acme.users.adapter.web.problem.MalformedRequestException;
import org.acme.users.adapter.web.problem.ProblemResponses;
import org.acme.users.adapter.web.problem.ProblemType;
import org.acme.users.application.port.in.Caller;
import org.acme.users.application.port.in.ChangeUserCommand;
import org.acme.users.application.port.in.ChangeUserUseCase;
import org.acme.users.application.port.in.DeleteUserCommand;
import org.acme.users.application.port.in.DeleteUserUseCase;
import org.acme.users.application.port.in.FindUserByEmailUseCase;
import org.acme.users.application.port.in.GetOwnUserUseCase;
import org.acme.users.application.port.in.GetUserUseCase;
import org.acme.users.application.port.in.ListUsersQuery;
import org.acme.users.application.port.in.ListUsersUseCase;
import org.acme.users.application.port.in.RegisterUserUseCase;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserDetails;
import org.acme.users.domain.model.UserId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final GetOwnUserUseCase getOwnUser;
    private final FindUserByEmailUseCase findUserByEmail;
    private final ListUsersUseCase listUsers;
    private final ChangeUserUseCase changeUser;
    private final DeleteUserUseCase deleteUser;
    private final UserWebMapper mapper;

    public UserController(RegisterUserUseCase registerUser, GetUserUseCase getUser, GetOwnUserUseCase getOwnUser,
            FindUserByEmailUseCase findUserByEmail, ListUsersUseCase listUsers, ChangeUserUseCase changeUser,
            DeleteUserUseCase deleteUser, UserWebMapper mapper) {
        this.registerUser = registerUser;
        this.getUser = getUser;
        this.getOwnUser = getOwnUser;
        this.findUserByEmail = findUserByEmail;
        this.listUsers = listUsers;
        this.changeUser = changeUser;
        this.deleteUser = deleteUser;
        this.mapper = mapper;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResponse> register(Caller caller, @RequestBody UserRequest body) {
        User user = registerUser.register(caller, mapper.toRegisterCommand(body));
        return ResponseEntity.created(URI.create("/api/users/" + user.id()))
                .eTag(EntityTags.of(user))
                .body(mapper.toResponse(user));
    }

    /**
     * The caller's own user. Without authentication ({@code AUTH=none}) nobody owns a user, so there is no such
     * resource: a 404 that says so, rather than the 400 of an id that is no UUID.
     */
    @GetMapping(path = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> getOwn(Caller caller, HttpServletRequest request) {
        if (caller.identity().isEmpty()) {
            return problem(ProblemResponses.problem(request, ProblemType.RESOURCE_NOT_FOUND,
                    "/api/users/me exists only when callers prove who they are (AUTH=jwt)."));
        }
        Optional<User> own = getOwnUser.getOwn(caller);
        if (own.isEmpty()) {
            return problem(ProblemResponses.problem(request, ProblemType.USER_NOT_FOUND,
                    "The caller has registered no user."));
        }
        User user = own.get();
        EntityTags.requireMatch(ifMatchOf(request), user);
        return ResponseEntity.ok().eTag(EntityTags.of(user)).body(mapper.toResponse(user));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResponse> get(Caller caller, @PathVariable("id") String id,
            HttpServletRequest request) {
        User user = getUser.get(caller, parseId(id));
        EntityTags.requireMatch(ifMatchOf(request), user);
        return ResponseEntity.ok().eTag(EntityTags.of(user)).body(mapper.toResponse(user));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    UserPageResponse list(Caller caller, @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "email", required = false) String email) {
        int pageSize = PageLimit.parse(limit);
        Optional<UserId> after = Optional.ofNullable(cursor).map(PageCursor::decode);
        if (email != null) {
            return mapper.toSingleItemPage(findUserByEmail.findByEmail(caller, email));
        }
        return mapper.toResponse(listUsers.list(caller, new ListUsersQuery(after, pageSize)));
    }

    @PutMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResponse> change(Caller caller, @PathVariable("id") String id, @RequestBody UserRequest body,
            HttpServletRequest request) {
        UserId userId = parseId(id);
        IfMatch condition = ifMatchOf(request);
        // The rules come before the precondition: a body that breaks them is a 422 whatever the version.
        UserDetails details = mapper.toDetails(body);
        OptionalLong expected = EntityTags.expectedVersion(condition, caller, userId, getUser);
        User user = changeUser.change(caller, new ChangeUserCommand(userId, details, expected));
        return ResponseEntity.ok().eTag(EntityTags.of(user)).body(mapper.toResponse(user));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable("id") String id, HttpServletRequest request) {
        UserId userId = parseId(id);
        OptionalLong expected = EntityTags.expectedVersion(ifMatchOf(request), caller, userId, getUser);
        deleteUser.delete(caller, new DeleteUserCommand(userId, expected));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Reads only If-Match: an {@code HttpHeaders} argument would copy every header of every request. */
    private static IfMatch ifMatchOf(HttpServletRequest request) {
        return IfMatch.parse(Collections.list(request.getHeaders(HttpHeaders.IF_MATCH)));
    }

    private static UserId parseId(String id) {
        return UserId.parse(id).orElseThrow(() ->
                new MalformedRequestException("The id must be a UUID in canonical form."));
    }
}
