package io.github.touchstone.examples.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.touchstone.examples.MutableClock;
import io.github.touchstone.examples.domain.CustomerProfile;
import io.github.touchstone.examples.domain.CustomerProfileTimestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A profile edited through a form: {@code updatedAt} moves only when the form changes something. */
class ProfileServiceTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    static final ProfileForm SHOWN = new ProfileForm("Ada", "ada@example.com", List.of("chess", "jazz"), true);

    private final MutableClock clock = MutableClock.at(T0);
    private final ProfileService service = new ProfileService(clock);
    private final CustomerProfile profile = service.create(SHOWN);

    @Test
    void createFillsTheProfileAndBothTimestamps() {
        assertAll(
                () -> assertEquals("Ada", profile.getDisplayName()),
                () -> assertEquals("ada@example.com", profile.getEmail()),
                () -> assertEquals(List.of("chess", "jazz"), profile.getInterests()),
                () -> assertTrue(profile.isNewsletter()),
                () -> assertEquals(T0, profile.getCreatedAt()),
                () -> assertEquals(T0, profile.getUpdatedAt()));
    }

    @Test
    void aFormSubmittedUnchangedDoesNotMoveUpdatedAt() {
        clock.advance(Duration.ofMinutes(5));
        ProfileForm resubmitted = new ProfileForm("Ada", "ada@example.com", new ArrayList<>(List.of("chess", "jazz")), true);

        assertFalse(service.update(profile, resubmitted));
        assertEquals(T0, profile.getUpdatedAt(), "nothing changed: updatedAt stays");
        assertEquals(T0, profile.getCreatedAt());
    }

    @Test
    void aChangedFormMovesUpdatedAt() {
        Instant t1 = clock.advance(Duration.ofMinutes(5));

        assertTrue(service.update(profile, new ProfileForm("Ada", "ada@example.org", SHOWN.interests(), true)));
        assertEquals("ada@example.org", profile.getEmail());
        assertEquals(t1, profile.getUpdatedAt());
        assertEquals(T0, profile.getCreatedAt(), "createdAt never changes");
    }

    @Test
    void everyTrackedFieldCounts() {
        List<ProfileForm> changes = List.of(
                new ProfileForm("Ada L.", "ada@example.com", List.of("chess", "jazz"), true),
                new ProfileForm("Ada", "ada@example.com", List.of("jazz", "chess"), true),
                new ProfileForm("Ada", "ada@example.com", List.of("chess", "jazz"), false));
        for (ProfileForm change : changes) {
            CustomerProfile edited = service.create(SHOWN);
            Instant later = clock.advance(Duration.ofSeconds(1));
            assertTrue(service.update(edited, change), change::toString);
            assertEquals(later, edited.getUpdatedAt(), change::toString);
        }
    }

    @Test
    void aListChangedInPlaceIsAChange() {
        Instant t1 = clock.advance(Duration.ofMinutes(1));
        assertTrue(service.addInterest(profile, "go"));
        assertEquals(List.of("chess", "jazz", "go"), profile.getInterests());
        assertEquals(t1, profile.getUpdatedAt(), "the snapshot holds a copy of the list, so the change is seen");

        clock.advance(Duration.ofMinutes(1));
        assertFalse(service.addInterest(profile, "go"), "already there: the list is unchanged");
        assertEquals(t1, profile.getUpdatedAt());
    }

    @Test
    void aListChangedInPlaceOutsideTheServiceIsSeenToo() {
        CustomerProfileTimestamps timestamps = CustomerProfileTimestamps.withClock(clock);
        CustomerProfileTimestamps.Snapshot before = timestamps.snapshot(profile);
        profile.getInterests().remove("jazz");
        Instant t1 = clock.advance(Duration.ofMinutes(1));

        assertTrue(timestamps.touchIfChanged(profile, before));
        assertEquals(t1, profile.getUpdatedAt());
    }

    @Test
    void aChangeOnlyToTheUntrackedFieldIsNoChange() {
        CustomerProfileTimestamps timestamps = CustomerProfileTimestamps.withClock(clock);
        CustomerProfileTimestamps.Snapshot before = timestamps.snapshot(profile);
        clock.advance(Duration.ofMinutes(1));
        service.view(service.view(profile));

        assertEquals(2, profile.getViews());
        assertFalse(timestamps.changedSince(profile, before));
        assertFalse(timestamps.touchIfChanged(profile, before));
        assertFalse(service.update(profile, SHOWN), "views is @Untracked: the profile itself is unchanged");
        assertEquals(T0, profile.getUpdatedAt());
    }

    @Test
    void theClockIsRequired() {
        assertThrows(NullPointerException.class, () -> new ProfileService(null));
    }
}
