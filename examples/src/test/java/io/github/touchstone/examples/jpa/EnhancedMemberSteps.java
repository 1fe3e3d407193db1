package io.github.touchstone.examples.jpa;

import java.time.Instant;

/**
 * What {@link EnhancedEntityContract} does with a bytecode-enhanced {@link Member}, each step in a
 * transaction of its own. Implemented by {@link OnEnhancedMember}, which is loaded beside the
 * enhanced class (so its {@code Member} is that one); this interface comes from the test's class
 * loader, so the contract can call it.
 */
public interface EnhancedMemberSteps {

    /** @return the {@code Member} class the steps work on: the enhanced one */
    Class<?> memberClass();

    /** @return the id of a new member, persisted (the listener sets its timestamps) */
    long persist(String name);

    /** Marks {@code lastSeenAt} through the generated helper on the managed member. @return the mark */
    Instant markLastSeenAt(long id);

    /** Marks {@code lastLoginAt}, which touches {@code updatedAt}, on the managed member. @return the mark */
    Instant markLastLoginAt(long id);

    /** Renames the managed member: a business change, with no touch. */
    void rename(long id, String name);
}
