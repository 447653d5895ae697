package org.acme.users.bootstrap.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.Setting;

/**
 * Merges the sources of API.md, lowest precedence first: defaults (left to {@link Settings}), a {@code .env}
 * file in the working directory, environment variables, then {@code --name=value} arguments. The names are the
 * service's own settings and those of every persistence adapter on the class path.
 */
public final class SettingSources {

    private static final Pattern ARGUMENT = Pattern.compile("--([a-z][a-z0-9.]*)=(.*)", Pattern.DOTALL);

    private SettingSources() {
    }

    public static Settings read(String[] arguments, Map<String, String> environment, Path workingDirectory) {
        return read(arguments, environment, workingDirectory, PersistenceProviders.onClassPath());
    }

    public static Settings read(String[] arguments, Map<String, String> environment, Path workingDirectory,
            PersistenceProviders providers) {
        List<Setting> known = providers.everySetting();
        Map<String, String> values = new HashMap<>();
        values.putAll(known(dotEnvFile(workingDirectory), known));
        values.putAll(known(environment, known));
        values.putAll(commandLine(arguments, known));
        return Settings.from(values, providers);
    }

    private static Map<String, String> dotEnvFile(Path workingDirectory) {
        Map<String, String> declared = new HashMap<>();
        try {
            Dotenv file = Dotenv.configure()
                    .directory(workingDirectory.toAbsolutePath().toString())
                    .ignoreIfMissing()
                    .load();
            for (DotenvEntry entry : file.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                declared.put(entry.getKey(), entry.getValue());
            }
        } catch (DotenvException malformed) {
            throw new InvalidSettingException(".env", "cannot be read: " + malformed.getMessage(), malformed);
        }
        return declared;
    }

    /** Other variables (PATH, HOME, or another tool's) are none of the service's business. */
    private static Map<String, String> known(Map<String, String> variables, List<Setting> known) {
        Map<String, String> values = new HashMap<>();
        for (Setting setting : known) {
            String value = variables.get(setting.name());
            if (value != null) {
                values.put(setting.name(), value);
            }
        }
        return values;
    }

    /** Unlike variables, every argument is meant for the service, so an unknown one is a typo worth stopping for. */
    private static Map<String, String> commandLine(String[] arguments, List<Setting> known) {
        Map<String, String> given = new HashMap<>();
        for (String argument : arguments) {
            Matcher matcher = ARGUMENT.matcher(argument);
            if (!matcher.matches()) {
                throw new InvalidSettingException(argument, "is not of the form --name=value, e.g. --persistence=mongo");
            }
            Setting setting = ofArgumentName(matcher.group(1), known).orElseThrow(() ->
                    new InvalidSettingException("--" + matcher.group(1), "is not a setting of this service"));
            given.put(setting.name(), matcher.group(2));
        }
        return given;
    }

    private static Optional<Setting> ofArgumentName(String argumentName, List<Setting> known) {
        return known.stream().filter(setting -> CoreSettings.argumentName(setting).equals(argumentName)).findFirst();
    }
}
