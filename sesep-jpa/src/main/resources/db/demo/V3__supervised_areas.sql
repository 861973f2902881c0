-- The demo Jefaturas and their areas (schema V20): jefe.cau supervises the CAU, jefe.pensiones the
-- Departamento de Pensiones, and jefa.direccion (a new account) every area, the setting an
-- administrator gives to whoever oversees both. Password as for every demo account.
INSERT INTO user_account (id, username, password_hash, email, full_name, enabled, email_verified, failed_logins, created_at, version)
SELECT 20, 'jefa.direccion', password_hash, 'jefa.direccion@sesep.example', 'Gloria Esperanza Rodríguez de Peña',
       TRUE, TRUE, 0, TIMESTAMP '2026-01-05 08:00:00', 0
FROM user_account WHERE username = 'jefe.cau';
INSERT INTO user_account_role (account_id, role) VALUES (20, 'SUPERVISOR');

INSERT INTO supervisor (account_id, all_areas, version)
SELECT id, username = 'jefa.direccion', 0 FROM user_account WHERE username IN ('jefe.cau', 'jefe.pensiones', 'jefa.direccion');
INSERT INTO supervisor_area (account_id, area_id)
SELECT u.id, a.id FROM user_account u, management_area a
WHERE (u.username = 'jefe.cau' AND a.code = 'CAU') OR (u.username = 'jefe.pensiones' AND a.code = 'PEN');
