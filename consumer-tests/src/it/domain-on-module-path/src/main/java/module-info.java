/** Sign-up, on the users domain. */
module com.example.signup {
    requires org.acme.users.domain;

    exports com.example.signup;
}
