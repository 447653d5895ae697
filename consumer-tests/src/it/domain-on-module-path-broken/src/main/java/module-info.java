/** Sign-up, naming a package of the users domain where its module belongs. */
module com.example.signup {
    requires org.acme.users.domain.model;

    exports com.example.signup;
}
