package io.github.touchstone.examples.service;

import io.github.touchstone.examples.domain.Agent;
import io.github.touchstone.examples.domain.AgentSession;
import io.github.touchstone.examples.domain.AgentSessionTimestamps;
import io.github.touchstone.examples.domain.AgentTimestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The life of agents and their sessions. Every timestamp comes from the generated helpers; this
 * class never reads the time itself, except to take one snapshot of its clock per operation, so
 * that everything one operation changes (an agent and its new session, a status change and the
 * activity that caused it) carries one identical instant.
 *
 * <p>Storing is the caller's business (see {@code AgentRepository}); this class only changes
 * entities in memory.
 */
public final class AgentService {

    private final Clock clock;
    private final AgentSessionTimestamps sessionValidator;

    /**
     * Creates the service.
     *
     * @param clock where "now" comes from: {@code Clock.systemUTC()} in production, a fixed or
     *     mutable clock in tests
     */
    public AgentService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.sessionValidator = AgentSessionTimestamps.withClock(clock);
    }

    /**
     * Registers a new agent: {@code createdAt} and {@code updatedAt} are set to one instant.
     *
     * @param name the agent's name
     * @return the new agent, not stored yet
     */
    public Agent register(String name) {
        return moment().agents().onCreate(new Agent(name));
    }

    /**
     * Records that the agent is active: {@code lastActiveAt} moves every time; the first
     * activation also changes the status to {@code ACTIVE}, a data change that moves
     * {@code updatedAt} to the same instant. Activity alone does not.
     *
     * @param agent a running agent
     * @return the same agent
     * @throws IllegalStateException if the agent is stopped
     */
    public Agent activate(Agent agent) {
        return activate(agent, moment());
    }

    /**
     * Stops the agent, once: {@code stoppedAt}, the status and {@code updatedAt} change together.
     * Stopping a stopped agent changes nothing at all.
     *
     * @param agent the agent
     * @return the same agent
     */
    public Agent stop(Agent agent) {
        if (agent.getStoppedAt() != null) {
            return agent;
        }
        Moment now = moment();
        now.agents().markStoppedAt(agent);
        agent.setStatus(Agent.Status.STOPPED);
        return now.agents().touch(agent);
    }

    /**
     * Starts a session of the agent and activates the agent, all at one instant: the session's
     * {@code createdAt}, {@code updatedAt} and {@code startTime}, the agent's {@code lastActiveAt}
     * and, if its status changes, its {@code updatedAt}.
     *
     * @param agent a running agent
     * @return the new session, not stored yet
     * @throws IllegalStateException if the agent is stopped
     */
    public AgentSession startSession(Agent agent) {
        Moment now = moment();
        activate(agent, now);
        AgentSession session = now.sessions().onCreate(new AgentSession(agent.getId()));
        return now.sessions().markStartTime(session);
    }

    /**
     * Completes a session: sets {@code endTime} (unless it is already set), stores
     * {@code executionTimeMs = endTime - startTime} in milliseconds, touches the session at the
     * same instant, and checks it.
     *
     * @param session the session
     * @return the same session
     * @throws io.github.touchstone.TimestampValidationException if the session's timestamps are
     *     inconsistent (for instance an {@code endTime} set earlier than its {@code startTime})
     */
    public AgentSession completeSession(AgentSession session) {
        Moment now = moment();
        now.sessions().completeExecutionTimeMs(session);
        now.sessions().touch(session);
        return sessionValidator.check(session);
    }

    /**
     * How long a session has run: to its end, or to now while it is running.
     *
     * @param session the session
     * @return the running time, or empty if the session never started
     */
    public Optional<Duration> runningTime(AgentSession session) {
        return moment().sessions().elapsedExecutionTimeMs(session);
    }

    private Agent activate(Agent agent, Moment now) {
        if (agent.getStatus() == Agent.Status.STOPPED) {
            throw new IllegalStateException("agent " + agent.getName() + " is stopped");
        }
        now.agents().markLastActiveAt(agent);
        if (agent.getStatus() != Agent.Status.ACTIVE) {
            agent.setStatus(Agent.Status.ACTIVE);
            now.agents().touch(agent);
        }
        return agent;
    }

    /** The generated helpers on one reading of the clock. */
    private Moment moment() {
        Clock snapshot = Clock.fixed(clock.instant(), ZoneOffset.UTC);
        return new Moment(AgentTimestamps.withClock(snapshot), AgentSessionTimestamps.withClock(snapshot));
    }

    /** Helpers that all give the same "now": one per operation. */
    private record Moment(AgentTimestamps agents, AgentSessionTimestamps sessions) {
    }
}
