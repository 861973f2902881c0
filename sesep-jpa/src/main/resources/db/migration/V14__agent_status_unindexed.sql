-- An agent's row changes at every step of the queue: available, in attention, the poll's sign of
-- life. With its status in an index, each of those updates wrote a new entry into every index of
-- the table (PostgreSQL can update a row in place, a "HOT" update, only when no indexed column
-- changes), so the few pages of this small table grew by hundreds of dead entries a second and
-- each agent's lock read through them (seen in the benchmark: none of 236,745 updates was HOT, 47
-- pages for 206 agents). The only reader of this index, the hand-over to available agents, reads
-- a table of at most a few hundred rows: a sequential scan is as fast, and the updates stay in place.
DROP INDEX agent_status_idx;
