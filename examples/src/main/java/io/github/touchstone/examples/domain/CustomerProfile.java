package io.github.touchstone.examples.domain;

import io.github.touchstone.Timestamped;
import io.github.touchstone.Untracked;
import java.time.Instant;
import java.util.List;

/**
 * A customer's profile, edited through a form. It opts into change detection
 * ({@code trackChanges = true}), so the generated {@code CustomerProfileTimestamps} has
 * {@code snapshot}, {@code changedSince} and {@code touchIfChanged}: a form submitted without a
 * change does not move {@code updatedAt}.
 *
 * <p>Tracked are {@code displayName}, {@code email}, {@code interests} (a change made to the list
 * in place counts too) and {@code newsletter}; {@code views} is {@link Untracked @Untracked}: a
 * profile being looked at is not a change of the profile.
 */
@Timestamped(trackChanges = true)
public class CustomerProfile {

    private String displayName;
    private String email;
    private List<String> interests;
    private boolean newsletter;
    @Untracked
    private int views;
    private Instant createdAt;
    private Instant updatedAt;

    /** Creates an empty profile. */
    public CustomerProfile() {
    }

    /** @return the name shown to others */
    public String getDisplayName() {
        return displayName;
    }

    /** @param displayName the name shown to others */
    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** @return the contact address */
    public String getEmail() {
        return email;
    }

    /** @param email the contact address */
    public void setEmail(String email) {
        this.email = email;
    }

    /** @return the customer's interests, a modifiable list or {@code null} */
    public List<String> getInterests() {
        return interests;
    }

    /** @param interests the customer's interests */
    public void setInterests(List<String> interests) {
        this.interests = interests;
    }

    /** @return whether the customer receives the newsletter */
    public boolean isNewsletter() {
        return newsletter;
    }

    /** @param newsletter whether the customer receives the newsletter */
    public void setNewsletter(boolean newsletter) {
        this.newsletter = newsletter;
    }

    /** @return how often the profile was viewed */
    public int getViews() {
        return views;
    }

    /** @param views how often the profile was viewed */
    public void setViews(int views) {
        this.views = views;
    }

    /** @return when the profile was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the profile was created */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the profile last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the profile last changed */
    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
