package org.acme.users.persistence.spi;

/** A setting the service cannot start with; the message is one line that names the setting. */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + oneLine(problem));
        this.setting = setting;
    }

    public InvalidSettingException(String setting, String problem, Throwable cause) {
        super(setting + ": " + oneLine(problem), cause);
        this.setting = setting;
    }

    /** The name of the setting to fix. */
    public String setting() {
        return setting;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
