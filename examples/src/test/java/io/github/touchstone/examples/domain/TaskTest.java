package io.github.touchstone.examples.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.touchstone.TimestampValidator;
import io.github.touchstone.TimestampViolation;
import io.github.touchstone.TimestampViolation.Rule;
import io.github.touchstone.examples.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A {@link Task} on the abstract {@link BaseEntity}: one generic helper serves every subclass. */
class TaskTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final MutableClock clock = MutableClock.at(T0);
    private final BaseEntityTimestamps base = BaseEntityTimestamps.withClock(clock);

    @Test
    void theBaseHelperHandsTheSubclassBack() {
        Task task = new Task("write the notes");
        Task created = base.onCreate(task);
        assertSame(task, created);
        assertEquals(T0, created.getCreatedAt());
        assertEquals(T0, created.getUpdatedAt());

        Instant t1 = clock.advance(Duration.ofMinutes(10));
        Task touched = base.touch(created);
        assertEquals(T0, touched.getCreatedAt());
        assertEquals(t1, touched.getUpdatedAt());
    }

    @Test
    void touchAllKeepsTheListsElementType() {
        List<Task> tasks = List.of(base.onCreate(new Task("a")), base.onCreate(new Task("b")));
        Instant t1 = clock.advance(Duration.ofSeconds(5));
        List<Task> touched = base.touchAll(tasks);
        assertEquals(tasks, touched);
        touched.forEach(t -> assertEquals(t1, t.getUpdatedAt()));
    }

    @Test
    void turnaroundRunsFromCreationToCompletion() {
        TaskTimestamps timestamps = TaskTimestamps.withClock(clock);
        Task task = timestamps.onCreate(new Task("review"));
        clock.advance(Duration.ofMinutes(90));
        assertEquals(Optional.empty(), timestamps.turnaround(task), "open: no turnaround, never a made-up zero");
        assertEquals(Optional.of(Duration.ofMinutes(90)), timestamps.elapsedTurnaround(task));

        clock.advance(Duration.ofMinutes(30));
        timestamps.markCompletedAt(task);
        clock.advance(Duration.ofDays(1));
        assertEquals(Optional.of(Duration.ofHours(2)), timestamps.turnaround(task));
        assertEquals(Optional.of(Duration.ofHours(2)), timestamps.elapsedTurnaround(task));
        assertEquals(T0, task.getUpdatedAt(), "completing is recorded activity, not a touch");
    }

    @Test
    void theBaseValidatorChecksEverySubclass() {
        TimestampValidator<BaseEntity> validator = BaseEntityTimestamps.withClock(clock);
        assertEquals(List.of(Rule.CREATED_AT_MISSING, Rule.UPDATED_AT_MISSING),
                validator.validate(new Task("new")).stream().map(TimestampViolation::rule).toList());
        assertEquals(List.of(), validator.validate(base.onCreate(new Task("created"))));
    }

    @Test
    void theTaskValidatorAlsoChecksCompletedAt() {
        Task task = base.onCreate(new Task("review"));
        task.completedAt = T0.minusSeconds(1);
        List<TimestampViolation> violations = TaskTimestamps.withClock(clock).validate(task);
        assertEquals(List.of(Rule.BEFORE_CREATED_AT, Rule.END_BEFORE_START),
                violations.stream().map(TimestampViolation::rule).toList());
        assertEquals("completedAt", violations.get(0).field());
    }
}
