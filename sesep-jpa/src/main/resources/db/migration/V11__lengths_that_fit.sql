-- Columns shorter than what the application accepts, found by comparing every user-entered text
-- with the column that keeps it:
-- * a service's downloadable form keeps its file name as uploaded, cut to 255 like every other
--   uploaded file's name (request documents, staged uploads), not 200;
-- * a notification's parameters carry the agent's observations or denial reasons (up to 8,000
--   characters) as JSON, where every quote or line break takes two characters and a control
--   character six, so 8,000 did not hold them.
ALTER TABLE catalog_service ALTER COLUMN form_file_name SET DATA TYPE VARCHAR(255);
ALTER TABLE notification ALTER COLUMN parameters SET DATA TYPE VARCHAR(60000);
