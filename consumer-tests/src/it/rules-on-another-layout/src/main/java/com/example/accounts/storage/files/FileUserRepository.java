package com.example.accounts.storage.files;

import java.nio.file.Path;
import org.acme.users.domain.port.UserRepository;

/** The service's persistence adapter, one directory per store; its operations do not matter to these rules. */
public abstract class FileUserRepository implements UserRepository {

    private final Path directory;

    protected FileUserRepository(Path directory) {
        this.directory = directory;
    }

    protected Path directory() {
        return directory;
    }
}
