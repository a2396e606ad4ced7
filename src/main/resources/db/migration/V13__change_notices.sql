-- Live updates (the live package): every committed change is numbered in commit order and announced.
--
-- `change.id` is taken when a row is written, not when its transaction commits: two writers can commit in the other
-- order, and a reader resuming "after id 11" would then miss 10. So each change also gets `seq`, from a sequence,
-- at its transaction's commit (a deferred trigger), while the transaction holds a lock that commits take one at a
-- time: whoever gets the lock next sees every change numbered before it committed, so the changes of `seq` up to N
-- are committed together with N, and `seq` order is commit order. The lock is taken only at commit, when every row
-- lock of the transaction is already held, so it adds no deadlock.
--
-- The same trigger announces the change with NOTIFY on the channel `maquis_change`, which PostgreSQL delivers only
-- once the transaction commits, in commit order. The payload is `seq:node type:node id` (far below NOTIFY's 8000
-- bytes); listeners read the change itself from this table. Changes made with plain SQL are announced too.

alter table change add column seq bigint;
create sequence change_seq;
update change c set seq = o.seq
  from (select id, nextval('change_seq') as seq from (select id from change order by id) ordered) o
 where c.id = o.id;
create unique index change_in_commit_order on change (seq);

-- One statement a change: the update. The lock, the number and the notice are plain expressions, which PL/pgSQL
-- evaluates without a statement (an IF's condition: a void result is never null).
create function announce_change() returns trigger language plpgsql as $$
declare
    committed bigint;
begin
    if pg_advisory_xact_lock(hashtext('maquis.change')) is null then
        return null;
    end if;
    committed := nextval('change_seq');
    update change set seq = committed where id = new.id;
    if pg_notify('maquis_change', committed || ':' || new.node_type || ':' || new.node_id) is null then
        return null;
    end if;
    return null;
end $$;

create constraint trigger change_announced after insert on change deferrable initially deferred
    for each row execute function announce_change();
