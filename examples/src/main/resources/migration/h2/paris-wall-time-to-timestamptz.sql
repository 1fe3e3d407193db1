-- Europe/Paris wall time in columns without time zone becomes TIMESTAMP WITH TIME ZONE. H2 converts a
-- TIMESTAMP in the session's time zone (and its AT TIME ZONE reads a TIMESTAMP in that zone too, unlike
-- PostgreSQL's), so the session is set to Paris for the conversion and given back its default afterwards.
SET TIME ZONE 'Europe/Paris';
ALTER TABLE touchstone_mig_reservation ALTER COLUMN created_at SET DATA TYPE TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE touchstone_mig_reservation ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE touchstone_mig_reservation ALTER COLUMN checked_in_at SET DATA TYPE TIMESTAMP(6) WITH TIME ZONE;
SET TIME ZONE LOCAL;
