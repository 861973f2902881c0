-- The account mails said "vence en {{expiresInHours}} horas", which reads "1 horas" for the
-- one-hour reset link. The sender now passes the whole phrase ("1 hora", "24 horas").
UPDATE mail_template SET body_html = REPLACE(body_html, '{{expiresInHours}} horas', '{{expiresIn}}'),
                         body_text = REPLACE(body_text, '{{expiresInHours}} horas', '{{expiresIn}}')
 WHERE code IN ('ACCOUNT_VERIFY_EMAIL', 'ACCOUNT_RESET_PASSWORD');
