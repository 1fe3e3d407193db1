-- Europe/Paris wall time in columns without time zone becomes UTC wall time, what Touchstone writes into a
-- LocalDateTime. H2 converts between TIMESTAMP and TIMESTAMP WITH TIME ZONE in the session's time zone:
-- each column goes to TIMESTAMP WITH TIME ZONE read as Paris time, then back to TIMESTAMP as UTC wall time.
SET TIME ZONE 'Europe/Paris';
ALTER TABLE touchstone_mig_visit ALTER COLUMN created_at SET DATA TYPE TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE touchstone_mig_visit ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE touchstone_mig_visit ALTER COLUMN checked_in_at SET DATA TYPE TIMESTAMP(6) WITH TIME ZONE;
SET TIME ZONE 'UTC';
ALTER TABLE touchstone_mig_visit ALTER COLUMN created_at SET DATA TYPE TIMESTAMP(6);
ALTER TABLE touchstone_mig_visit ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP(6);
ALTER TABLE touchstone_mig_visit ALTER COLUMN checked_in_at SET DATA TYPE TIMESTAMP(6);
SET TIME ZONE LOCAL;
