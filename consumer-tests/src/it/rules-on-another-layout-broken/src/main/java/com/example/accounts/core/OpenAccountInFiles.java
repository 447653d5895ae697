package com.example.accounts.core;

import com.example.accounts.storage.files.FileUserRepository;

/** Breaks "the application depends only on the domain": it reaches for the adapter behind the port. */
public record OpenAccountInFiles(FileUserRepository files) {
}
