package io.github.touchstone.examples;

import io.github.touchstone.TimestampValidationException;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.examples.domain.Agent;
import io.github.touchstone.examples.domain.AgentSession;
import io.github.touchstone.examples.domain.AgentSessionTimestamps;
import io.github.touchstone.examples.domain.BaseEntityTimestamps;
import io.github.touchstone.examples.domain.Conversation;
import io.github.touchstone.examples.domain.CustomerProfile;
import io.github.touchstone.examples.domain.ConversationTimestamps;
import io.github.touchstone.examples.domain.Invoice;
import io.github.touchstone.examples.domain.InvoiceTimestamps;
import io.github.touchstone.examples.domain.Task;
import io.github.touchstone.examples.domain.TaskTimestamps;
import io.github.touchstone.examples.domain.UserConnection;
import io.github.touchstone.examples.domain.UserConnectionTimestamps;
import io.github.touchstone.examples.jdbc.AgentRepository;
import io.github.touchstone.examples.service.AgentService;
import io.github.touchstone.examples.service.ConnectionExpiredException;
import io.github.touchstone.examples.service.ConnectionService;
import io.github.touchstone.examples.service.ProfileForm;
import io.github.touchstone.examples.service.ProfileService;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Touchstone's demo: agents and sessions go through {@link AgentService} (which takes every
 * timestamp from the generated helpers) into {@link AgentRepository} (which checks them with the
 * generated validators) and are read back and printed; then the other entities of the seed
 * domain (among them a connection that expires and is refused through {@link ConnectionService},
 * and a profile form that moves {@code updatedAt} only when it changes something, through
 * {@link ProfileService}), and the validators refusing corrupt data.
 *
 * <pre>
 * Demo                                              an in-memory H2 database
 * Demo --jdbc-url URL [--user USER] [--password P]  any database, e.g. PostgreSQL:
 *      --jdbc-url jdbc:postgresql://localhost:5432/touchstone --user touchstone --password secret
 * </pre>
 *
 * <p>The demo creates the tables {@code touchstone_agent} and {@code touchstone_agent_session}
 * unless they exist, and adds rows to them.
 */
public final class Demo {

    /**
     * The database the demo uses without {@code --jdbc-url}: an embedded H2 database file, at
     * the path of the system property {@code touchstone.demo.db} (the build sets it under
     * {@code examples/target/}), else {@code ./touchstone-demo}.
     */
    public static final String DEFAULT_URL = "jdbc:h2:file:" + System.getProperty("touchstone.demo.db", "./touchstone-demo");

    static final String USAGE = "usage: Demo [--jdbc-url URL [--user USER] [--password PASSWORD]] [--help]\n"
            + "  without --jdbc-url the demo runs on an embedded H2 database (" + DEFAULT_URL + ")";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    private static final String INDENT = "   ";

    private final PrintStream out;
    private final Clock clock;

    /**
     * Creates a demo.
     *
     * @param out where it prints
     * @param clock where "now" comes from
     */
    public Demo(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /**
     * Runs the demo on the system UTC clock.
     *
     * @param args {@code [--jdbc-url URL [--user USER] [--password PASSWORD]] [--help]}
     * @throws SQLException if the database refuses
     * @throws InterruptedException if interrupted while a session runs
     */
    public static void main(String[] args) throws SQLException, InterruptedException {
        if (List.of(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try (Connection connection = options.connect()) {
            new Demo(System.out, Clock.systemUTC()).run(connection);
        }
    }

    /**
     * Runs the demo on a connection, creating its tables unless they exist.
     *
     * @param connection an open connection, in auto-commit mode
     * @throws SQLException if the database refuses
     * @throws InterruptedException if interrupted while a session runs
     */
    public void run(Connection connection) throws SQLException, InterruptedException {
        DatabaseMetaData database = connection.getMetaData();
        out.printf("Touchstone demo on %s %s (%s)%n", database.getDatabaseProductName(),
                database.getDatabaseProductVersion(), database.getURL().replaceFirst("[?;].*", ""));
        AgentRepository repository = new AgentRepository(connection, clock);
        repository.createTables();
        List<Agent> agents = agentsAndSessions(repository);
        printStored(repository, agents);
        conversation();
        userConnection();
        task();
        invoice();
        customerProfile();
        corruptData(connection, repository, agents.get(0));
    }

    private List<Agent> agentsAndSessions(AgentRepository repository) throws SQLException, InterruptedException {
        section("1. Agents and sessions: AgentService sets every timestamp, AgentRepository checks and stores");
        AgentService service = new AgentService(clock);
        Agent ada = repository.save(service.register("ada"));
        Agent grace = repository.save(service.register("grace"));
        Agent linus = repository.save(service.register("linus"));
        say("registered ada, grace, linus: createdAt = updatedAt, lastActiveAt null (never active)");

        repository.save(service.activate(ada));
        say("activated ada: status ACTIVE, lastActiveAt = updatedAt = %s", time(ada.getLastActiveAt()));
        AgentSession first = start(service, repository, ada);
        say("ada starts session %d: lastActiveAt moves to %s, updatedAt stays %s (activity is not a data change)",
                first.getId(), time(ada.getLastActiveAt()), time(ada.getUpdatedAt()));
        Thread.sleep(40);
        repository.save(service.completeSession(first));
        say("session %d completed: executionTimeMs = %d (endTime - startTime)", first.getId(),
                first.getExecutionTimeMs());

        AgentSession second = start(service, repository, grace);
        say("grace starts session %d: one instant %s for grace.updatedAt, grace.lastActiveAt,", second.getId(),
                time(second.getStartTime()));
        say("    session.createdAt, session.updatedAt and session.startTime");
        Thread.sleep(80);
        repository.save(service.completeSession(second));
        say("session %d completed: executionTimeMs = %d", second.getId(), second.getExecutionTimeMs());
        AgentSession running = start(service, repository, grace);
        say("grace starts session %d and leaves it running: endTime and executionTimeMs stay null (unknown),",
                running.getId());
        say("    runningTime() so far: %s", show(service.runningTime(running)));

        repository.save(service.stop(linus));
        Instant stoppedAt = linus.getStoppedAt();
        repository.save(service.stop(linus));
        say("stopped linus at %s; stopping again changes nothing (stoppedAt %s, updatedAt %s)", time(stoppedAt),
                time(linus.getStoppedAt()), time(linus.getUpdatedAt()));
        return List.of(ada, grace, linus);
    }

    private static AgentSession start(AgentService service, AgentRepository repository, Agent agent)
            throws SQLException {
        AgentSession session = service.startSession(agent);
        repository.save(agent);
        return repository.save(session);
    }

    private void printStored(AgentRepository repository, List<Agent> agents) throws SQLException {
        String day = agents.get(0).getCreatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        section("Read back from " + AgentRepository.AGENT_TABLE + " (times UTC, " + day + ")");
        TextTable agentTable = new TextTable("id", "name", "status", "createdAt", "updatedAt", "lastActiveAt",
                "stoppedAt");
        TextTable sessionTable = new TextTable("id", "agent", "createdAt", "updatedAt", "startTime", "endTime",
                "executionTimeMs");
        for (Agent written : agents) {
            Agent agent = repository.findAgent(written.getId()).orElseThrow();
            agentTable.row(agent.getId(), agent.getName(), agent.getStatus(), time(agent.getCreatedAt()),
                    time(agent.getUpdatedAt()), time(agent.getLastActiveAt()), time(agent.getStoppedAt()));
            for (AgentSession session : repository.findSessions(agent.getId())) {
                sessionTable.row(session.getId(), agent.getName(), time(session.getCreatedAt()),
                        time(session.getUpdatedAt()), time(session.getStartTime()), time(session.getEndTime()),
                        session.getExecutionTimeMs());
            }
        }
        agentTable.print(out, INDENT);
        section("Read back from " + AgentRepository.SESSION_TABLE);
        sessionTable.print(out, INDENT);
    }

    private void conversation() {
        section("2. Conversation: a record, @Timestamped(updatedOnCreate = false)");
        ConversationTimestamps timestamps = ConversationTimestamps.withClock(clock);
        Conversation opened = timestamps.onCreate(Conversation.about("pricing"));
        say("opened \"%s\": createdAt %s, updatedAt %s (never updated); updatedAtOrCreated() %s", opened.topic(),
                time(opened.createdAt()), time(opened.updatedAt()), time(timestamps.updatedAtOrCreated(opened)));
        Conversation renamed = timestamps.touch(opened.withTopic("pricing, v2"));
        say("renamed \"%s\": a new record with updatedAt %s; the original still has updatedAt %s", renamed.topic(),
                time(renamed.updatedAt()), time(opened.updatedAt()));
    }

    private void userConnection() {
        section("3. UserConnection: Double epoch seconds (@CreatedAt connectedAt, @UpdatedAt lastChecked, @Expiry expiresAt)");
        Clock opened = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        UserConnection connection = new ConnectionService(opened).open("u-42", Duration.ofHours(1));
        say("ConnectionService.open(\"u-42\", PT1H): connectedAt = lastChecked = %.6f, expiresAt = %.6f (expireIn)",
                connection.getConnectedAt(), connection.getExpiresAt());
        say("ConnectionService.use on later clocks (isExpired and timeToExpiry are the generated helpers'):");
        TextTable table = new TextTable("clock", "isExpired", "timeToExpiry", "use(connection)");
        for (Duration later : List.of(Duration.ofMinutes(30), Duration.ofHours(1).minusNanos(1_000), Duration.ofHours(1))) {
            Clock at = Clock.offset(opened, later);
            ConnectionService service = new ConnectionService(at);
            boolean expired = UserConnectionTimestamps.withClock(at).isExpired(connection);
            String timeLeft = show(service.timeLeft(connection));
            String outcome;
            try {
                service.use(connection);
                outcome = String.format("ok: lastChecked = %.6f", connection.getLastChecked());
            } catch (ConnectionExpiredException e) {
                outcome = "refused: " + e.getMessage();
            }
            table.row("opened + " + later, expired, timeLeft, outcome);
        }
        table.print(out, INDENT);
    }

    private void task() {
        section("4. Task extends BaseEntity: one generic helper for every subclass");
        Task task = BaseEntityTimestamps.withClock(clock).onCreate(new Task("write the release notes"));
        TaskTimestamps timestamps = TaskTimestamps.withClock(clock);
        say("BaseEntityTimestamps.onCreate returns the Task: createdAt %s; turnaround while open: %s",
                time(task.getCreatedAt()), show(timestamps.turnaround(task)));
        timestamps.markCompletedAt(task);
        say("TaskTimestamps.markCompletedAt: completedAt %s; turnaround %s", time(task.getCompletedAt()),
                show(timestamps.turnaround(task)));
    }

    private void invoice() {
        section("5. Invoice: private OffsetDateTime fields, reached through getters and setters");
        InvoiceTimestamps timestamps = InvoiceTimestamps.withClock(clock);
        Invoice invoice = new Invoice();
        invoice.setNumber("INV-1");
        timestamps.markPaidAt(timestamps.onCreate(invoice));
        say("created %s, paid %s, timeToPay %s", invoice.getCreatedAt(), invoice.getPaidAt(),
                timestamps.timeToPay(invoice).orElseThrow());
    }

    private void customerProfile() {
        section("6. CustomerProfile: @Timestamped(trackChanges = true), edited through a form (ProfileService.update)");
        Clock created = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        ProfileForm shown = new ProfileForm("Ada", "ada@example.com", List.of("chess", "jazz"), true);
        CustomerProfile profile = new ProfileService(created).create(shown);
        say("created %s: createdAt = updatedAt = %s; interests %s", profile.getDisplayName(),
                time(profile.getCreatedAt()), profile.getInterests());
        TextTable table = new TextTable("clock", "what happened", "touchIfChanged", "updatedAt");
        ProfileService service = new ProfileService(Clock.offset(created, Duration.ofMinutes(1)));
        table.row("created + PT1M", "the form submitted as shown", service.update(profile, shown),
                time(profile.getUpdatedAt()));
        service = new ProfileService(Clock.offset(created, Duration.ofMinutes(2)));
        service.view(service.view(profile));
        table.row("created + PT2M", "2 views (views is @Untracked), the form as shown again",
                service.update(profile, shown), time(profile.getUpdatedAt()));
        service = new ProfileService(Clock.offset(created, Duration.ofMinutes(3)));
        ProfileForm newEmail = new ProfileForm("Ada", "ada@example.org", shown.interests(), true);
        table.row("created + PT3M", "the form with a new email", service.update(profile, newEmail),
                time(profile.getUpdatedAt()));
        service = new ProfileService(Clock.offset(created, Duration.ofMinutes(4)));
        table.row("created + PT4M", "addInterest(\"go\"): the list changed in place",
                service.addInterest(profile, "go"), time(profile.getUpdatedAt()));
        service = new ProfileService(Clock.offset(created, Duration.ofMinutes(5)));
        table.row("created + PT5M", "addInterest(\"go\") again", service.addInterest(profile, "go"),
                time(profile.getUpdatedAt()));
        table.print(out, INDENT);
        say("views %d, interests %s", profile.getViews(), profile.getInterests());
    }

    private void corruptData(Connection connection, AgentRepository repository, Agent agent) throws SQLException {
        section("7. The validators refuse corrupt data");
        AgentSession stored = repository.findSessions(agent.getId()).get(0);
        AgentSession corrupt = new AgentSession(agent.getId());
        corrupt.setCreatedAt(stored.getCreatedAt());
        corrupt.setUpdatedAt(stored.getUpdatedAt());
        corrupt.setStartTime(stored.getStartTime());
        corrupt.setEndTime(stored.getStartTime().minusSeconds(1));
        corrupt.setExecutionTimeMs(5000L);
        say("a session of %s ending 1 s before it starts, storing executionTimeMs = 5000:", agent.getName());
        try {
            repository.save(corrupt);
            say("stored?! (this is a bug)");
        } catch (TimestampValidationException e) {
            printViolations(e.violations());
            say("refused by AgentRepository.save: %s still has %d session(s) stored", agent.getName(),
                    repository.findSessions(agent.getId()).size());
        }

        say("session %d changed behind the repository's back (executionTimeMs + 1000), then read back:",
                stored.getId());
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement tamper = connection.prepareStatement("UPDATE " + AgentRepository.SESSION_TABLE
                + " SET execution_time_ms = execution_time_ms + 1000 WHERE id = ?")) {
            tamper.setLong(1, stored.getId());
            tamper.executeUpdate();
            AgentSession tampered = repository.findSession(stored.getId()).orElseThrow();
            printViolations(AgentSessionTimestamps.withClock(clock).validate(tampered));
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        say("(rolled back)");
    }

    private void printViolations(List<TimestampViolation> violations) {
        TextTable table = new TextTable("rule", "field", "message");
        violations.forEach(v -> table.row(v.rule(), v.field(), v.message()));
        table.print(out, INDENT + "  ");
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void say(String format, Object... args) {
        out.println(INDENT + String.format(format, args));
    }

    private static String show(Optional<Duration> duration) {
        return duration.map(Duration::toString).orElse("empty");
    }

    private static String time(Instant instant) {
        return instant == null ? "null" : TIME.format(instant);
    }

    /** The command line: where the database is. */
    record Options(String url, String user, String password) {

        static Options parse(String... args) {
            String url = DEFAULT_URL;
            String user = null;
            String password = null;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + option);
                }
                String value = args[++i];
                switch (option) {
                    case "--jdbc-url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            return new Options(url, user, password);
        }

        Connection connect() throws SQLException {
            return user == null && password == null
                    ? DriverManager.getConnection(url)
                    : DriverManager.getConnection(url, user, password == null ? "" : password);
        }
    }
}
