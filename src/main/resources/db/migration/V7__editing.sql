-- Editing through the API (mutations): what the database itself guarantees, so that nothing bypasses it.
--   * every row a client can change has a version, which an update or delete must name (optimistic locking);
--   * new rows take ids from sequences that start at 1,000,000, above the lore's rows (generated galaxies use
--     10,000,000 and up, see galaxy/Galaxy.java);
--   * names, slugs, descriptions and dates are checked here as well as in Java;
--   * a ship's chain of renamings never loops;
--   * every change is recorded in `change`, in the same transaction, by a trigger on each table.

-- Versions and ids -------------------------------------------------------------------------------------------

do $$
declare
    t text;
begin
    foreach t in array array['species', 'place', 'empire', 'person', 'ship_class', 'faction', 'ship', 'cell',
        'event', 'faction_founder', 'faction_leader', 'cell_leader', 'membership', 'marriage', 'spy_assignment',
        'faction_opposition', 'alliance', 'faction_species', 'faction_origin', 'ship_command', 'event_participant']
    loop
        execute format('alter table %I add column version integer not null default 1 check (version > 0)', t);
        if pg_get_serial_sequence(t, 'id') is null then
            execute format('create sequence %I start with 1000000 owned by %I.id', t || '_id_seq', t);
            execute format('alter table %I alter column id set default nextval(%L)', t, t || '_id_seq');
        else
            -- identity columns: move past the lore's rows too
            execute format('select setval(pg_get_serial_sequence(%L, ''id''), 1000000, false)', t);
        end if;
    end loop;
end $$;

-- Deleting a record counts what points to it (graph/Edits.java): every foreign key gets an index that leads
-- with it, so that count never scans a table. These five had none.
create index on faction (allegiance_id);
create index on faction (counterpart_id);
create index on faction (flagship_id);
create index on ship (renamed_by_id);
create index on spy_assignment (on_behalf_of_id);

-- What every entry must be -----------------------------------------------------------------------------------

do $$
declare
    t text;
begin
    foreach t in array array['species', 'place', 'empire', 'person', 'ship_class', 'faction', 'ship', 'cell', 'event']
    loop
        execute format('alter table %I add constraint %I check (length(btrim(name)) between 1 and 200 and name = btrim(name))',
            t, t || '_name_length');
        execute format('alter table %I add constraint %I check (slug ~ ''^[a-z0-9]+(-[a-z0-9]+)*$'' and length(slug) <= 220)',
            t, t || '_slug_form');
        execute format('alter table %I add constraint %I check (length(btrim(description)) between 1 and 4000)',
            t, t || '_description_length');
    end loop;
end $$;

-- An approximate date: earliest not after latest, and the article's wording kept whenever a side is known.
do $$
declare
    d record;
begin
    for d in select * from (values ('empire', 'collapsed'), ('person', 'died'), ('faction', 'founded'),
            ('ship', 'renamed'), ('event', 'date'), ('faction_leader', 'from'), ('faction_leader', 'to'),
            ('cell_leader', 'from'), ('cell_leader', 'to'), ('membership', 'from'), ('membership', 'to'),
            ('spy_assignment', 'from'), ('spy_assignment', 'to'), ('faction_opposition', 'from'),
            ('faction_opposition', 'to'), ('alliance', 'formed'), ('faction_species', 'since')) v(tab, date)
    loop
        execute format('alter table %I add constraint %I check (%I <= %I)', d.tab, d.tab || '_' || d.date || '_in_order',
            d.date || '_earliest', d.date || '_latest');
        execute format('alter table %I add constraint %I check (length(%I) <= 100)', d.tab, d.tab || '_' || d.date || '_wording_length',
            d.date || '_wording');
    end loop;
end $$;

alter table person add constraint person_title_length check (length(title) <= 100);
alter table membership add constraint membership_role_length check (length(btrim(role)) between 1 and 200);
alter table ship_command add constraint ship_command_role_length check (length(btrim(role)) between 1 and 200);
alter table event_participant add constraint event_participant_role_length check (length(btrim(role)) between 1 and 200);
alter table ship add constraint ship_not_renamed_to_itself check (renamed_to_id <> id);

-- A renaming leads to a later name of the same hull: following renamed_to from any ship never comes back.
create function ship_renaming_never_loops() returns trigger language plpgsql as $$
begin
    if new.renamed_to_id is not null and exists (
        with recursive later(id) as (
            select new.renamed_to_id
            union
            select s.renamed_to_id from ship s join later on s.id = later.id where s.renamed_to_id is not null
        )
        select 1 from later where id = new.id) then
        raise exception 'renaming ship % to % would make a loop', new.id, new.renamed_to_id
            using errcode = 'check_violation', constraint = 'ship_renaming_never_loops';
    end if;
    return new;
end $$;

create trigger ship_renaming_never_loops before insert or update of renamed_to_id on ship
    for each row execute function ship_renaming_never_loops();

-- A cell belongs to a faction of its own universe.
create function cell_faction_of_its_universe() returns trigger language plpgsql as $$
begin
    if exists (select 1 from faction f where f.id = new.faction_id and f.universe <> new.universe) then
        raise exception 'cell % and its faction % are of different universes', new.id, new.faction_id
            using errcode = 'check_violation', constraint = 'cell_faction_of_its_universe';
    end if;
    return new;
end $$;

create trigger cell_faction_of_its_universe before insert or update of faction_id, universe on cell
    for each row execute function cell_faction_of_its_universe();

-- History ----------------------------------------------------------------------------------------------------

-- One row per change of one row: who made it (the token's subject, or the database user outside the API),
-- which mutation, and the columns before and after (only those that changed; all of them on create and
-- delete). Rows outlive what they describe, so a deleted node's history stays readable.
create table change (
    id        bigint generated always as identity primary key,
    node_type text not null,
    node_id   bigint not null,
    kind      text not null check (kind in ('CREATE', 'UPDATE', 'DELETE')),
    node_version integer not null,
    at        timestamptz not null default now(),
    actor     text not null,
    mutation  text not null,
    before    text,  -- a JSON object of the columns before: null on create
    after     text   -- and after: null on delete
);

create index change_of_node on change (node_type, node_id, id);

-- Records the row's change. TG_ARGV[0] is the node type of ids (`Person`); the other arguments name
-- columns the database derives (generated or kept by triggers), which are not part of the change.
-- `set local maquis.history = 'off'` skips it, for bulk loads of generated data (galaxy/Galaxy.java).
create function record_change() returns trigger language plpgsql as $$
declare
    derived text[] := array['version'] || tg_argv[1:];
    old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - derived end;
    new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - derived end;
begin
    if current_setting('maquis.history', true) = 'off' then
        return null;
    end if;
    if tg_op = 'UPDATE' then
        select jsonb_object_agg(o.key, o.value) filter (where o.value is distinct from new_row -> o.key),
               jsonb_object_agg(o.key, new_row -> o.key) filter (where o.value is distinct from new_row -> o.key)
          into old_row, new_row
          from jsonb_each(old_row) o;
        if old_row is null then
            return null;
        end if;
    end if;
    insert into change (node_type, node_id, kind, node_version, actor, mutation, before, after)
    values (tg_argv[0], case when tg_op = 'DELETE' then old.id else new.id end,
            case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
            case when tg_op = 'DELETE' then old.version else new.version end,
            coalesce(nullif(current_setting('maquis.actor', true), ''), session_user),
            coalesce(nullif(current_setting('maquis.mutation', true), ''), 'sql'),
            old_row::text, new_row::text);
    return null;
end $$;

do $$
declare
    r record;
begin
    for r in select * from (values
            ('species', 'Species', '{}'), ('place', 'Place', '{}'), ('empire', 'Empire', '{}'),
            ('person', 'Person', '{}'), ('ship_class', 'ShipClass', '{}'), ('faction', 'Faction', '{}'),
            ('ship', 'Ship', '{}'), ('cell', 'Cell', '{}'),
            ('event', 'Event', '{date_first,date_last,date_first_desc,date_last_desc,span_class}'),
            ('faction_founder', 'FactionFounder', '{}'), ('faction_leader', 'FactionLeadership', '{sort_date}'),
            ('cell_leader', 'CellLeadership', '{sort_date}'), ('membership', 'Membership', '{sort_date}'),
            ('marriage', 'Marriage', '{}'), ('spy_assignment', 'SpyAssignment', '{sort_date}'),
            ('faction_opposition', 'Opposition', '{sort_date}'), ('alliance', 'Alliance', '{sort_date}'),
            ('faction_species', 'SpeciesMembership', '{}'), ('faction_origin', 'FactionOrigin', '{}'),
            ('ship_command', 'ShipCommand', '{}'),
            ('event_participant', 'EventParticipant', '{event_first,event_last}')) v(tab, type, derived)
    loop
        execute format('create trigger %I after insert or update or delete on %I for each row '
            'execute function record_change(%L%s)', r.tab || '_history', r.tab, r.type,
            (select coalesce(string_agg(', ' || quote_literal(c), ''), '') from unnest(r.derived::text[]) c));
    end loop;
end $$;
