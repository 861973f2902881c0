-- Closing, abandoning or sweeping a ticket looks up its open assignment: ticket_id = ? AND
-- released_at IS NULL. The index on ticket_id alone found every assignment the ticket ever had and
-- read each row to test released_at; a ticket abandoned or returned many times (and the benchmark's
-- tickets, reassigned hundreds of times) made that read grow with its history. With released_at in
-- the index the open one is found directly; lookups by ticket alone use its first column.
CREATE INDEX ticket_assignment_open_idx ON ticket_assignment (ticket_id, released_at);
DROP INDEX ticket_assignment_ticket_idx;
