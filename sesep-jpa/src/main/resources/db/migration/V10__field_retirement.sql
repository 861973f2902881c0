-- Form fields the administrator removes in "Catálogo de servicios" are retired, not deleted: the
-- form data of requests already filed is keyed by the field's code, and citizens and agents read
-- those values under the field's label. The code stays taken (UNIQUE (service_id, code)), so a new
-- field can never lend its label to an old value.
ALTER TABLE service_field ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
