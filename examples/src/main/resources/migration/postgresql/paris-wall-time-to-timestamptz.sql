-- Europe/Paris wall time in columns without time zone (what LocalDateTime.now() wrote on a JVM in Paris)
-- becomes timestamp with time zone: AT TIME ZONE reads each value as Paris time, whatever the session's
-- TimeZone is, and the column stores the instant it was. NULL stays NULL.
ALTER TABLE touchstone_mig_reservation
    ALTER COLUMN created_at TYPE TIMESTAMP(6) WITH TIME ZONE USING created_at AT TIME ZONE 'Europe/Paris',
    ALTER COLUMN updated_at TYPE TIMESTAMP(6) WITH TIME ZONE USING updated_at AT TIME ZONE 'Europe/Paris',
    ALTER COLUMN checked_in_at TYPE TIMESTAMP(6) WITH TIME ZONE USING checked_in_at AT TIME ZONE 'Europe/Paris';
