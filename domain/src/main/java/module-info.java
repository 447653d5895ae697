/** The User aggregate and the ports it needs; depends on nothing but {@code java.base}. */
module org.acme.users.domain {
    exports org.acme.users.domain.model;
    exports org.acme.users.domain.port;
}
