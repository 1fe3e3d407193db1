package io.github.touchstone.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The demo runs through on H2 and shows what it promises; its command line. */
class DemoTest {

    @Test
    void runsOnH2AndShowsTheStoredRowsAndTheRefusals() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new Demo(out, Clock.systemUTC()).run(connection);
        }
        String output = bytes.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"Touchstone demo on H2", "Read back from touchstone_agent",
                "id  name   status   createdAt", "3   linus  STOPPED", "executionTimeMs", "updatedAt null (never updated)",
                "END_BEFORE_START", "DURATION_MISMATCH", "refused by AgentRepository.save", "(rolled back)",
                "opened + PT59M59.999999S  false      PT0.000001S   ok: lastChecked = ",
                "opened + PT1H             true       PT0S          refused: connection of u-42 expired at ",
                "created + PT1M  the form submitted as shown                             false",
                "created + PT2M  2 views (views is @Untracked), the form as shown again  false",
                "created + PT3M  the form with a new email                               true",
                "created + PT4M  addInterest(\"go\"): the list changed in place            true",
                "created + PT5M  addInterest(\"go\") again                                 false"}) {
            assertTrue(output.contains(expected), () -> "missing \"" + expected + "\" in:\n" + output);
        }
        assertFalse(output.contains("this is a bug"), output);
    }

    @Test
    void optionsDefaultToEmbeddedH2() {
        assertEquals(new Demo.Options(Demo.DEFAULT_URL, null, null), Demo.Options.parse());
        assertEquals(new Demo.Options("jdbc:postgresql://db/x", "u", "p"),
                Demo.Options.parse("--jdbc-url", "jdbc:postgresql://db/x", "--user", "u", "--password", "p"));
    }

    @Test
    void badOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Demo.Options.parse("--jdbc-url"));
        assertThrows(IllegalArgumentException.class, () -> Demo.Options.parse("--verbose", "yes"));
    }
}
