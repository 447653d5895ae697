package org.acme.users.bootstrap.wiring;

import java.time.Clock;
import org.acme.users.application.service.ChangeUserService;
import org.acme.users.application.service.CheckHealthService;
import org.acme.users.application.service.DeleteUserService;
import org.acme.users.application.service.FindUserByEmailService;
import org.acme.users.application.service.GetOwnUserService;
import org.acme.users.application.service.GetUserService;
import org.acme.users.application.service.ListUsersService;
import org.acme.users.application.service.RegisterUserService;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, over whichever {@link UserRepository} and {@link DatabaseHealth} the persistence configuration gives. */
@Configuration(proxyBeanMethods = false)
public class ApplicationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    UserIdGenerator userIdGenerator() {
        return UserIdGenerator.systemDefault();
    }

    @Bean
    RegisterUserService registerUserService(UserRepository users, UserIdGenerator ids, Clock clock) {
        return new RegisterUserService(users, ids, clock);
    }

    @Bean
    GetUserService getUserService(UserRepository users) {
        return new GetUserService(users);
    }

    @Bean
    GetOwnUserService getOwnUserService(UserRepository users) {
        return new GetOwnUserService(users);
    }

    @Bean
    FindUserByEmailService findUserByEmailService(UserRepository users) {
        return new FindUserByEmailService(users);
    }

    @Bean
    ListUsersService listUsersService(UserRepository users) {
        return new ListUsersService(users);
    }

    @Bean
    ChangeUserService changeUserService(UserRepository users, Clock clock) {
        return new ChangeUserService(users, clock);
    }

    @Bean
    DeleteUserService deleteUserService(UserRepository users) {
        return new DeleteUserService(users);
    }

    @Bean
    CheckHealthService checkHealthService(DatabaseHealth health) {
        return new CheckHealthService(health);
    }
}
