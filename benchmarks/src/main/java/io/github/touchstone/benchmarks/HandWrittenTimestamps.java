package io.github.touchstone.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a careful developer writes by hand for {@link Agent} and {@link AgentSession}: the same contract as the
 * generated {@code AgentTimestamps} and {@code AgentSessionTimestamps} (one clock read, truncated to
 * microseconds, null checks, one instant for a whole batch), with nothing generic in the way.
 */
public final class HandWrittenTimestamps {
    private final Clock clock;

    /**
     * Creates the helper.
     *
     * @param clock where now is read from
     */
    public HandWrittenTimestamps(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Sets {@code createdAt} to now if unset, and {@code updatedAt} to {@code createdAt} if unset.
     *
     * @param agent the agent
     * @return the agent
     */
    public Agent onCreate(Agent agent) {
        Objects.requireNonNull(agent, "agent");
        Instant createdAt = agent.createdAt;
        if (createdAt == null) {
            createdAt = now();
            agent.createdAt = createdAt;
        }
        if (agent.updatedAt == null) {
            agent.updatedAt = createdAt;
        }
        return agent;
    }

    /**
     * Sets {@code updatedAt} to now.
     *
     * @param agent the agent
     * @return the agent
     */
    public Agent touch(Agent agent) {
        Objects.requireNonNull(agent, "agent");
        agent.updatedAt = now();
        return agent;
    }

    /**
     * Sets {@code updatedAt} of every agent to one instant: a plain loop over the list.
     *
     * @param agents the agents
     * @return the agents, as an unmodifiable view
     */
    public List<Agent> touchAll(List<Agent> agents) {
        Objects.requireNonNull(agents, "agents");
        Instant now = now();
        for (Agent agent : agents) {
            Objects.requireNonNull(agent, "agent").updatedAt = now;
        }
        return Collections.unmodifiableList(agents);
    }

    /**
     * Sets {@code lastActiveAt} to now.
     *
     * @param agent the agent
     * @return the agent
     */
    public Agent markLastActiveAt(Agent agent) {
        Objects.requireNonNull(agent, "agent");
        agent.lastActiveAt = now();
        return agent;
    }

    /**
     * Sets {@code endTime} to now if unset, then stores {@code endTime - startTime} in milliseconds.
     *
     * @param session the session
     * @return the session
     */
    public AgentSession completeExecutionTimeMs(AgentSession session) {
        Objects.requireNonNull(session, "session");
        Instant endTime = session.endTime;
        if (endTime == null) {
            endTime = now();
            session.endTime = endTime;
        }
        Instant startTime = session.startTime;
        if (startTime != null) {
            session.executionTimeMs = ChronoUnit.MILLIS.between(startTime, endTime);
        }
        return session;
    }
}
