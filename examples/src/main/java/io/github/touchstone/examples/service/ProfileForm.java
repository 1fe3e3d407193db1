package io.github.touchstone.examples.service;

import java.util.List;
import java.util.Objects;

/**
 * What the profile form submits: every editable field, whether the user changed it or not.
 *
 * @param displayName the name shown to others
 * @param email the contact address
 * @param interests the interests, in the order shown
 * @param newsletter whether the customer receives the newsletter
 */
public record ProfileForm(String displayName, String email, List<String> interests, boolean newsletter) {

    /**
     * Copies the interests, so a form does not share its list.
     *
     * @throws NullPointerException if {@code interests} is {@code null}
     */
    public ProfileForm {
        interests = List.copyOf(Objects.requireNonNull(interests, "interests must not be null"));
    }
}
