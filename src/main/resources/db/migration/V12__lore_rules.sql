-- The lore's rules that a write reads and then writes under, held by the database itself, so that no interleaving
-- of concurrent writes breaks them (under READ COMMITTED, two transactions that each check first see neither's
-- uncommitted rows). The API checks each rule first, after locking the row the rule is about, to answer in the
-- lore's words (README, "Changing the archive"); these constraints are what holds when anything else writes, or
-- when a check is missed. Writes.refusal names each of them to the client (DatabaseRefusals).

-- A cell has at most one open leadership (no end known, not even in words): appointCellLeader closes the open one
-- before it opens the next, and updateCellLeadership reopens one only while no other is open. A faction may have
-- several leaders at once (the Maquis had two co-leaders from the late 2280s), so there is no such rule for them.
create unique index cell_leader_one_open on cell_leader (cell_id)
    where to_earliest is null and to_latest is null and to_wording is null;

-- A participant takes part in an event once, in one role (the role says all it did there; updateParticipant
-- changes it). Exactly one of the four participant columns is set, so nulls must count as equal here.
alter table event_participant add constraint event_participant_once
    unique nulls not distinct (event_id, person_id, faction_id, empire_id, ship_id);

-- A person holds one command of a ship (the role says which; updateShipCommand changes it).
alter table ship_command add constraint ship_command_once unique (ship_id, person_id);

-- No self-reference where the lore forbids one.
alter table place add constraint place_not_within_itself check (located_in_id <> id);
alter table event add constraint event_not_following_itself check (follows_id <> id);
alter table faction add constraint faction_not_part_of_itself check (part_of_faction_id <> id);
alter table faction add constraint faction_not_its_own_counterpart check (counterpart_id <> id);
alter table faction_origin add constraint faction_origin_not_from_itself check (formed_from_id <> faction_id);
alter table spy_assignment add constraint spy_assignment_not_ordered_by_the_spy check (ordered_by_id <> spy_id);

-- Loops -------------------------------------------------------------------------------------------------------
-- Nor through others: a place within a place within itself, an event following a chain of events back to
-- itself, a faction part of a faction part of itself, a faction formed from one formed from it, a ship renamed
-- back to an earlier name. A check that looks at other rows is not safe alone under READ COMMITTED: two
-- transactions could each close half of a loop, each seeing the other's half not yet committed. So every write
-- that may close a loop of a hierarchy first takes the hierarchy's transaction-level advisory lock and only then
-- looks (the API takes the same lock before its own check): such writes of one hierarchy take turns, and each looks
-- after the one before has committed (a plpgsql function's statements each see what is committed when they run).

-- The lock of a hierarchy (`place.located_in_id`, `faction_origin`), held until the transaction ends.
create function lore_hierarchy_lock(hierarchy text) returns void language sql volatile as $$
    select pg_advisory_xact_lock(hashtext('maquis.lore.' || hierarchy))
$$;

-- A row trigger on a table whose column TG_ARGV[0] points at a row of the same table: refuses a value that leads,
-- through that column, back to the row itself. TG_ARGV[1] names the rule. It runs after the row is written (an
-- AFTER trigger, so it walks the chain as the statement left it): a BEFORE row trigger would make every update that
-- sets the slug (Hibernate sets every column) lock its row as strongly as a delete, against the key-share locks of
-- writes that reference the row, and two such writers would deadlock on the hierarchy's lock.
create function lore_never_loops() returns trigger language plpgsql as $$
declare
    target bigint := (to_jsonb(new) ->> tg_argv[0])::bigint;
    loops boolean;
begin
    perform lore_hierarchy_lock(tg_table_name || '.' || tg_argv[0]);
    execute format('with recursive up(id) as (select $1 union select t.%1$I from %2$I t join up on t.id = up.id '
                   'where t.%1$I is not null) select exists (select 1 from up where id = $2)', tg_argv[0], tg_table_name)
        into loops using target, new.id;
    if loops then
        -- the message names the rule as PostgreSQL's own check violations do, for clients that read only the message
        raise exception '% % would lead back to itself through %: violates check constraint "%"', tg_table_name, new.id,
            tg_argv[0], tg_argv[1] using errcode = 'check_violation', constraint = tg_argv[1];
    end if;
    return null;
end $$;

-- An inserted row cannot close a loop: nothing points to it yet (foreign keys are checked at once, and a row cannot
-- name its own new id but as a self-reference, which the checks above refuse). So these fire on updates that
-- change the column, and a bulk load of new rows pays nothing for them. Ships keep their V7 trigger's events.
create trigger place_never_within_itself after update of located_in_id on place for each row
    when (new.located_in_id is not null and new.located_in_id is distinct from old.located_in_id)
    execute function lore_never_loops('located_in_id', 'place_never_within_itself');
create trigger event_never_follows_itself after update of follows_id on event for each row
    when (new.follows_id is not null and new.follows_id is distinct from old.follows_id)
    execute function lore_never_loops('follows_id', 'event_never_follows_itself');
create trigger faction_never_part_of_itself after update of part_of_faction_id on faction for each row
    when (new.part_of_faction_id is not null and new.part_of_faction_id is distinct from old.part_of_faction_id)
    execute function lore_never_loops('part_of_faction_id', 'faction_never_part_of_itself');

drop trigger ship_renaming_never_loops on ship;
drop function ship_renaming_never_loops();
create trigger ship_renaming_never_loops after insert or update of renamed_to_id on ship for each row
    when (new.renamed_to_id is not null) execute function lore_never_loops('renamed_to_id', 'ship_renaming_never_loops');

-- A faction formed from another: the newer is never, directly or through others, among what the older was formed
-- from. Here an insert can close a loop (both factions exist), so inserts are checked too.
create function faction_origin_never_loops() returns trigger language plpgsql as $$
begin
    perform lore_hierarchy_lock('faction_origin');
    if exists (
        with recursive older(id) as (
            select new.formed_from_id
            union
            select o.formed_from_id from faction_origin o join older on o.faction_id = older.id
        )
        select 1 from older where id = new.faction_id) then
        raise exception 'faction % formed from % would be formed from itself: violates check constraint "%"', new.faction_id,
            new.formed_from_id, 'faction_origin_never_loops' using errcode = 'check_violation', constraint = 'faction_origin_never_loops';
    end if;
    return null;
end $$;

create trigger faction_origin_never_loops after insert or update of faction_id, formed_from_id on faction_origin
    for each row execute function faction_origin_never_loops();
