-- Europe/Paris wall time in columns without time zone becomes UTC wall time, what Touchstone writes into a
-- LocalDateTime: the inner AT TIME ZONE reads the value as Paris time (a timestamp with time zone), the
-- outer one gives its wall time in UTC. The columns keep their type. NULL stays NULL.
UPDATE touchstone_mig_visit SET
    created_at = (created_at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC',
    updated_at = (updated_at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC',
    checked_in_at = (checked_in_at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC';
