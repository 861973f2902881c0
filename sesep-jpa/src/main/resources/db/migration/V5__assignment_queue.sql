-- The assignment queue (issue 4).

-- The claim walks the waiting tickets in queue order (priority, then age) and keeps the first one
-- inside the agent's competence that no other claimer holds. V1's ticket_queue_idx leads with the
-- service, so for an agent type with several services the database had to sort every waiting
-- ticket of those services on each claim; this one is already in claim order, so a claim reads a
-- few index entries whether 1,000 or 1,000,000 tickets wait.
CREATE INDEX ticket_claim_idx ON ticket (status, priority DESC, queued_at, id);

-- The lease that lets one node of the cluster at a time return tickets of agents whose session
-- ended (assignment.boundary.StrandedTickets). Created here so no node has to race to insert it.
INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('stranded-tickets', NULL, TIMESTAMP '2000-01-01 00:00:00');

-- Every assignment inserts an assignment record, a status change and an audit event. EclipseLink
-- fetches a block of ids per sequence under a lock that every inserting thread of the node waits
-- on; with blocks of 50, at a few hundred assignments a second that lock was taken dozens of times
-- a second and any stall of its holder (a slow connection, a descheduled thread) stalled every
-- claim (seen in thread dumps of the benchmark). Blocks of 1,000 (the entities' allocationSize
-- says the same) make it rare. Ids already issued stay below the new blocks.
ALTER SEQUENCE ticket_assignment_seq INCREMENT BY 1000;
ALTER SEQUENCE request_status_change_seq INCREMENT BY 1000;
ALTER SEQUENCE audit_event_seq INCREMENT BY 1000;
