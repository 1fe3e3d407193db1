package com.acme;

import io.github.touchstone.Expiry;
import io.github.touchstone.Timestamped;
import io.github.touchstone.Untracked;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Timestamped(trackChanges = true)
public class Subscription {
    private String plan;
    private BigDecimal monthlyPrice;
    private List<String> features;
    private byte[] logo;
    private int seats;
    @Untracked
    private String lastLoginIp;
    private Instant createdAt;
    private Instant updatedAt;
    @Expiry
    private Instant expiresAt;
    @Expiry
    private Instant trialExpiresAt;

    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
    public BigDecimal getMonthlyPrice() { return monthlyPrice; }
    public void setMonthlyPrice(BigDecimal monthlyPrice) { this.monthlyPrice = monthlyPrice; }
    public List<String> getFeatures() { return features; }
    public void setFeatures(List<String> features) { this.features = features; }
    public byte[] getLogo() { return logo; }
    public void setLogo(byte[] logo) { this.logo = logo; }
    public int getSeats() { return seats; }
    public void setSeats(int seats) { this.seats = seats; }
    public String getLastLoginIp() { return lastLoginIp; }
    public void setLastLoginIp(String lastLoginIp) { this.lastLoginIp = lastLoginIp; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
    public Instant getTrialExpiresAt() { return trialExpiresAt; }
    public void setTrialExpiresAt(Instant trialExpiresAt) { this.trialExpiresAt = trialExpiresAt; }
}
