package com.example.accounts.storage.cache;

import com.example.accounts.storage.files.FileUserRepository;

/** A new adapter that no rule names, found all the same: it breaks "an adapter knows no other adapter". */
public record CachedFiles(FileUserRepository files) {
}
