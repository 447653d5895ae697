package org.acme.users.testkit.contract.broken;

import java.text.Normalizer;
import java.util.Optional;
import org.acme.users.domain.model.EmailAddress;
import org.acme.users.domain.model.User;
import org.acme.users.domain.port.EmailAlreadyUsedException;
import org.acme.users.domain.port.UserRepository;

/** Compares addresses like an accent-insensitive collation would: {@code résumé@x.org} is {@code resume@x.org}. */
final class AccentInsensitiveEmailRepository extends ForwardingUserRepository {

    AccentInsensitiveEmailRepository(UserRepository working) {
        super(working);
    }

    @Override
    public synchronized void insert(User user) {
        if (findByEmail(user.email()).isPresent()) {
            throw new EmailAlreadyUsedException(user.email());
        }
        working.insert(user);
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return working.findPage(Optional.empty(), Integer.MAX_VALUE).stream()
                .filter(user -> withoutAccents(user.email()).equals(withoutAccents(email)))
                .findFirst();
    }

    private static String withoutAccents(EmailAddress email) {
        return Normalizer.normalize(email.value(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
