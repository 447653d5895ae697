package org.acme.users.bootstrap.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.PersistenceProvider;
import org.acme.users.persistence.spi.Setting;

/** The persistence adapters on the class path, by the name each gives itself; the service names none of them. */
public final class PersistenceProviders {

    private final Map<String, PersistenceProvider> byName;

    private PersistenceProviders(Map<String, PersistenceProvider> byName) {
        this.byName = byName;
    }

    /** Every provider that a {@code META-INF/services} entry on the class path declares. */
    public static PersistenceProviders onClassPath() {
        Map<String, PersistenceProvider> byName = new TreeMap<>();
        for (PersistenceProvider provider : ServiceLoader.load(PersistenceProvider.class)) {
            PersistenceProvider clash = byName.putIfAbsent(provider.name(), provider);
            if (clash != null) {
                throw new IllegalStateException("two persistence adapters call themselves '" + provider.name()
                        + "': " + clash.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return new PersistenceProviders(byName);
    }

    /** The provider {@code PERSISTENCE} names; an unknown name is refused with the names there are. */
    public PersistenceProvider named(String value) {
        PersistenceProvider provider = byName.get(value.strip().toLowerCase(Locale.ROOT));
        if (provider == null) {
            throw new InvalidSettingException(CoreSettings.PERSISTENCE.name(), byName.isEmpty()
                    ? "no persistence adapter is on the class path"
                    : "must be one of " + String.join(", ", byName.keySet()) + ", not '" + value + "'");
        }
        return provider;
    }

    public Collection<PersistenceProvider> all() {
        return byName.values();
    }

    /** The service's own settings and those of every provider: the names a source may give. */
    public List<Setting> everySetting() {
        List<Setting> settings = new ArrayList<>(CoreSettings.ALL);
        byName.values().forEach(provider -> settings.addAll(provider.settings()));
        return settings;
    }
}
