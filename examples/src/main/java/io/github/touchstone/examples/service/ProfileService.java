package io.github.touchstone.examples.service;

import io.github.touchstone.examples.domain.CustomerProfile;
import io.github.touchstone.examples.domain.CustomerProfileTimestamps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Customer profiles edited through a form. {@code updatedAt} moves only when a submission changes
 * something: the service takes a snapshot through the generated
 * {@link CustomerProfileTimestamps}, applies the form, and lets {@code touchIfChanged} decide. It
 * never compares fields or reads the time itself.
 */
public final class ProfileService {

    private final CustomerProfileTimestamps timestamps;

    /**
     * Creates the service.
     *
     * @param clock where "now" comes from: {@code Clock.systemUTC()} in production, a fixed or
     *     mutable clock in tests
     */
    public ProfileService(Clock clock) {
        this.timestamps = CustomerProfileTimestamps.withClock(Objects.requireNonNull(clock, "clock must not be null"));
    }

    /**
     * Creates a profile from the form: {@code createdAt} and {@code updatedAt} are one instant.
     *
     * @param form the submitted form
     * @return the new profile
     */
    public CustomerProfile create(ProfileForm form) {
        CustomerProfile profile = new CustomerProfile();
        apply(form, profile);
        return timestamps.onCreate(profile);
    }

    /**
     * Applies a submitted form to the profile, and touches it only if that changed a tracked
     * field: a form submitted as it was shown leaves {@code updatedAt} where it was.
     *
     * @param profile the profile
     * @param form the submitted form
     * @return {@code true} if the profile changed (and {@code updatedAt} moved to now)
     */
    public boolean update(CustomerProfile profile, ProfileForm form) {
        CustomerProfileTimestamps.Snapshot before = timestamps.snapshot(profile);
        apply(form, profile);
        return timestamps.touchIfChanged(profile, before);
    }

    /**
     * Adds an interest to the profile's list, in place, unless it is there already; the profile is
     * touched only when the list changed.
     *
     * @param profile the profile
     * @param interest the interest
     * @return {@code true} if the profile changed
     */
    public boolean addInterest(CustomerProfile profile, String interest) {
        CustomerProfileTimestamps.Snapshot before = timestamps.snapshot(profile);
        if (profile.getInterests() == null) {
            profile.setInterests(new ArrayList<>());
        }
        if (!profile.getInterests().contains(interest)) {
            profile.getInterests().add(interest);
        }
        return timestamps.touchIfChanged(profile, before);
    }

    /**
     * Counts a view of the profile. {@code views} is {@code @Untracked}, so this is no change of
     * the profile and {@code updatedAt} stays.
     *
     * @param profile the profile
     * @return the same profile
     */
    public CustomerProfile view(CustomerProfile profile) {
        profile.setViews(profile.getViews() + 1);
        return profile;
    }

    private static void apply(ProfileForm form, CustomerProfile profile) {
        profile.setDisplayName(form.displayName());
        profile.setEmail(form.email());
        profile.setInterests(new ArrayList<>(form.interests()));
        profile.setNewsletter(form.newsletter());
    }
}
