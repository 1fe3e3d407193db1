package io.github.touchstone.examples.domain;

import io.github.touchstone.ActivityTimestamp;
import io.github.touchstone.Duration;
import io.github.touchstone.Timestamped;
import java.time.OffsetDateTime;

/**
 * An invoice in the JavaBeans style: private {@code OffsetDateTime} fields behind public getters
 * and setters, which the generated code uses since it cannot reach the fields. Generated values
 * are at UTC; the validator reports any other offset ({@code NOT_UTC}).
 *
 * <p>{@code paidAt} is set once; {@code timeToPay} (creation to payment) is computed, not stored.
 */
@Timestamped
@Duration(name = "timeToPay", start = "createdAt", end = "paidAt")
public class Invoice {

    private String number;
    private long amountCents;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @ActivityTimestamp(once = true)
    private OffsetDateTime paidAt;

    /** Creates an empty invoice. */
    public Invoice() {
    }

    /** @return the invoice number */
    public String getNumber() {
        return number;
    }

    /** @param number the invoice number */
    public void setNumber(String number) {
        this.number = number;
    }

    /** @return the amount in cents */
    public long getAmountCents() {
        return amountCents;
    }

    /** @param amountCents the amount in cents */
    public void setAmountCents(long amountCents) {
        this.amountCents = amountCents;
    }

    /** @return when the invoice was created */
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when the invoice was created */
    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    /** @return when the invoice last changed */
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** @param updatedAt when the invoice last changed */
    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** @return when the invoice was paid, {@code null} while it is open */
    public OffsetDateTime getPaidAt() {
        return paidAt;
    }

    /** @param paidAt when the invoice was paid */
    public void setPaidAt(OffsetDateTime paidAt) {
        this.paidAt = paidAt;
    }
}
