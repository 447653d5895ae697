package org.acme.users.testkit.contract.broken;

import java.text.Normalizer;
import org.acme.users.domain.model.User;
import org.acme.users.domain.model.UserName;
import org.acme.users.domain.port.UserRepository;

/** Stores names in Unicode normal form C, as some drivers and databases do: decomposed accents get composed. */
final class NormalisingNameRepository extends ForwardingUserRepository {

    NormalisingNameRepository(UserRepository working) {
        super(working);
    }

    @Override
    public void insert(User user) {
        working.insert(normalised(user));
    }

    @Override
    public void update(User changed) {
        working.update(normalised(changed));
    }

    private static User normalised(User user) {
        UserName name = new UserName(Normalizer.normalize(user.name().value(), Normalizer.Form.NFC));
        return new User(user.id(), user.email(), name, user.owner(), user.createdAt(), user.updatedAt(), user.version());
    }
}
