-- The facts registration asks for besides the DUI and the NUP or matrícula (schema V17): the year
-- of first affiliation and the last employer of every holder, the year each beneficiary was
-- inscribed. The V1 registry left the pensioners' employer empty; a pensioner's is the one they
-- retired from. Years follow the birth date (a first job at 19 to 27), spread by id.
UPDATE affiliate SET employer = CASE MOD(id, 8)
        WHEN 0 THEN 'Ministerio de Salud'
        WHEN 1 THEN 'Ministerio de Educación, Ciencia y Tecnología'
        WHEN 2 THEN 'Ministerio de Hacienda'
        WHEN 3 THEN 'Ministerio de Obras Públicas y de Transporte'
        WHEN 4 THEN 'Hospital Nacional Rosales'
        WHEN 5 THEN 'Alcaldía de San Salvador'
        WHEN 6 THEN 'Ministerio de Agricultura y Ganadería'
        ELSE 'Órgano Judicial (Corte Suprema de Justicia)' END
    WHERE employer IS NULL;

UPDATE affiliate SET first_affiliation_year = LEAST(2024, CAST(EXTRACT(YEAR FROM birth_date) AS INTEGER) + 19 + MOD(id, 9));

UPDATE beneficiary SET inscription_year = LEAST(2025, MOD(id, 6) + (SELECT GREATEST(a.first_affiliation_year,
        CAST(EXTRACT(YEAR FROM beneficiary.birth_date) AS INTEGER)) FROM affiliate a WHERE a.id = beneficiary.affiliate_id));

-- The people the README names, with round values a newcomer can type.
UPDATE affiliate SET first_affiliation_year = 1997 WHERE dui = '04512378-8';
UPDATE affiliate SET first_affiliation_year = 1979, employer = 'Ministerio de Salud' WHERE dui = '01287456-2';
UPDATE affiliate SET first_affiliation_year = 1972, employer = 'Ministerio de Obras Públicas y de Transporte' WHERE dui = '00873215-6';
UPDATE beneficiary SET inscription_year = 1981 WHERE dui = '01045693-6';
UPDATE beneficiary SET inscription_year = 1980 WHERE dui = '01790034-2';
UPDATE affiliate SET first_affiliation_year = 1990 WHERE dui = '03061276-4';
