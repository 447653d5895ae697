package org.acme.users.bootstrap.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the sources of API.md, lowest precedence first: defaults (left to {@link Settings}), a {@code .env}
 * file in the working directory, environment variables, then {@code --name=value} arguments.
 */
public final class SettingSources {

    private static final Pattern ARGUMENT = Pattern.compile("--([a-z][a-z0-9.]*)=(.*)", Pattern.DOTALL);

    private SettingSources() {
    }

    public static Settings read(String[] arguments, Map<String, String> environment, Path workingDirectory) {
        Map<SettingName, String> values = new EnumMap<>(SettingName.class);
        values.putAll(dotEnvFile(workingDirectory));
        values.putAll(known(environment));
        values.putAll(commandLine(arguments));
        return Settings.from(values);
    }

    private static Map<SettingName, String> dotEnvFile(Path workingDirectory) {
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
        return known(declared);
    }

    /** Other variables (PATH, HOME, or another tool's) are none of the service's business. */
    private static Map<SettingName, String> known(Map<String, String> variables) {
        Map<SettingName, String> known = new EnumMap<>(SettingName.class);
        for (SettingName name : SettingName.values()) {
            String value = variables.get(name.name());
            if (value != null) {
                known.put(name, value);
            }
        }
        return known;
    }

    /** Unlike variables, every argument is meant for the service, so an unknown one is a typo worth stopping for. */
    private static Map<SettingName, String> commandLine(String[] arguments) {
        Map<SettingName, String> given = new EnumMap<>(SettingName.class);
        for (String argument : arguments) {
            Matcher matcher = ARGUMENT.matcher(argument);
            if (!matcher.matches()) {
                throw new InvalidSettingException(argument, "is not of the form --name=value, e.g. --persistence=mongo");
            }
            SettingName name = SettingName.ofArgumentName(matcher.group(1)).orElseThrow(() ->
                    new InvalidSettingException("--" + matcher.group(1), "is not a setting of this service"));
            given.put(name, matcher.group(2));
        }
        return given;
    }
}
