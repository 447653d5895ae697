package org.acme.users.bootstrap.config;

/** A setting the service cannot start with; the message is one line that names the setting. */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + oneLine(problem));
    }

    public InvalidSettingException(String setting, String problem, Throwable cause) {
        super(setting + ": " + oneLine(problem), cause);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
