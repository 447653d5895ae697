package com.example.members.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The contract ran on the JUnit Jupiter this build declares, not on one the testkit brought along. */
class ChosenJUnitTest {

    @Test
    void runsOnTheJUnitJupiterThisBuildDeclares() {
        assertEquals(System.getProperty("junit.expected"), Test.class.getPackage().getImplementationVersion());
    }
}
