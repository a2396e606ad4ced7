-- Keyset paging: every order a connection offers is a list of NOT NULL sort keys ending with the row key,
-- all in one direction, and an index serves it, so that a page after any cursor costs what the first page
-- costs. Sort keys that the article leaves open (an undated row) are stored as +/- infinity, which puts
-- them where the orders have always put them (undated last, or first for a cell's leaders).
-- A nested connection is cut per parent, so its index leads with the parent's key.

-- Events: DATE_ASC is by the first day the date can mean (its last day for a date open at the start),
-- then its last day; DATE_DESC is its mirror, undated events still last.
alter table event
    add column date_first date not null generated always as (coalesce(date_earliest, date_latest, 'infinity')) stored,
    add column date_last date not null generated always as (coalesce(date_latest, 'infinity')) stored,
    add column date_first_desc date not null generated always as (coalesce(date_earliest, date_latest, '-infinity')) stored,
    add column date_last_desc date not null generated always as (coalesce(date_latest, '-infinity')) stored;

drop index if exists event_date_earliest_date_latest_idx;
create index event_timeline on event (date_first, date_last, id);
create index event_timeline_desc on event (date_first_desc, date_last_desc, id);
create index event_name on event (name, id);
create index event_place_timeline on event (place_id, date_first, date_last, id);
create index event_follows_timeline on event (follows_id, date_first, date_last, id);

-- A year filter on the timeline: an event that can have happened in or after the year F starts no earlier than
-- F less the longest span any event's date covers, unless its end is open (its latest day unknown). This
-- one-row table keeps both bounds, widened by every write, so that `fromYear` is also a range of the timeline
-- index (see EventFilter) and a page of a late window does not read the whole timeline before it. A delete
-- leaves the bounds wider than they need be, which is still correct.
create table event_reach (
    longest_span        integer not null,
    earliest_open_ended date not null
);
insert into event_reach
    select coalesce(max(date_latest - date_earliest), 0),
           coalesce(min(date_earliest) filter (where date_latest is null), 'infinity')
    from event;

create function event_widens_reach() returns trigger language plpgsql as $$
begin
    update event_reach r set
        longest_span = greatest(r.longest_span, coalesce((select max(date_latest - date_earliest) from written), 0)),
        earliest_open_ended = least(r.earliest_open_ended, coalesce(
            (select min(date_earliest) from written where date_latest is null), 'infinity'));
    return null;
end $$;

create trigger event_reach_on_insert after insert on event
    referencing new table as written for each statement execute function event_widens_reach();
create trigger event_reach_on_update after update on event
    referencing new table as written for each statement execute function event_widens_reach();

-- A participant's events are on the timeline too: the event's two sort keys are copied onto each
-- participant row (kept by triggers), so that an index can serve "this person's events, earliest first".
alter table event_participant
    add column event_first date not null default 'infinity',
    add column event_last date not null default 'infinity';

update event_participant p set event_first = e.date_first, event_last = e.date_last
    from event e where e.id = p.event_id;

create function event_participant_takes_event_dates() returns trigger language plpgsql as $$
begin
    select e.date_first, e.date_last into new.event_first, new.event_last from event e where e.id = new.event_id;
    return new;
end $$;

create trigger event_participant_dates before insert or update of event_id on event_participant
    for each row execute function event_participant_takes_event_dates();

create function event_gives_dates_to_participants() returns trigger language plpgsql as $$
begin
    update event_participant set event_first = new.date_first, event_last = new.date_last
        where event_id = new.id and (event_first, event_last) is distinct from (new.date_first, new.date_last);
    return null;
end $$;

create trigger event_dates_to_participants after update of date_earliest, date_latest on event
    for each row execute function event_gives_dates_to_participants();

drop index if exists event_participant_event_id_idx;
drop index if exists event_participant_person_id_idx;
drop index if exists event_participant_faction_id_idx;
drop index if exists event_participant_ship_id_idx;
create index event_participant_of_event on event_participant (event_id, id);
create index event_participant_person_timeline on event_participant (person_id, event_first, event_last, event_id, id);
create index event_participant_faction_timeline on event_participant (faction_id, event_first, event_last, event_id, id);
create index event_participant_empire_timeline on event_participant (empire_id, event_first, event_last, event_id, id);
create index event_participant_ship_timeline on event_participant (ship_id, event_first, event_last, event_id, id);

-- Relations that hold for a time: by the first day their dates name (start, else end), undated last.
alter table membership add column sort_date date not null
    generated always as (coalesce(from_earliest, from_latest, to_earliest, to_latest, 'infinity')) stored;
alter table faction_leader add column sort_date date not null
    generated always as (coalesce(from_earliest, from_latest, to_earliest, to_latest, 'infinity')) stored;
alter table faction_opposition add column sort_date date not null
    generated always as (coalesce(from_earliest, from_latest, to_earliest, to_latest, 'infinity')) stored;
-- A spy's assignments: by when they began, undated last.
alter table spy_assignment add column sort_date date not null
    generated always as (coalesce(from_earliest, 'infinity')) stored;
-- A cell's leaders: by when they took over, the undated (the earliest known) first.
alter table cell_leader add column sort_date date not null
    generated always as (coalesce(from_earliest, '-infinity')) stored;
-- Alliances: by when they were formed, undated last.
alter table alliance add column sort_date date not null
    generated always as (coalesce(formed_earliest, formed_latest, 'infinity')) stored;

drop index if exists membership_person_id_idx;
drop index if exists membership_faction_id_idx;
drop index if exists membership_empire_id_idx;
create index membership_of_person on membership (person_id, sort_date, id);
create index membership_of_faction on membership (faction_id, sort_date, id);
create index membership_of_empire on membership (empire_id, sort_date, id);

drop index if exists faction_leader_faction_id_idx;
drop index if exists faction_leader_person_id_idx;
create index faction_leader_of_faction on faction_leader (faction_id, sort_date, id);
create index faction_leader_of_person on faction_leader (person_id, sort_date, id);

create index faction_opposition_of_faction on faction_opposition (faction_id, sort_date, id);
create index faction_opposition_of_empire on faction_opposition (empire_id, sort_date, id);

drop index if exists spy_assignment_spy_id_idx;
create index spy_assignment_of_spy on spy_assignment (spy_id, sort_date, id);
create index spy_assignment_ordered_by on spy_assignment (ordered_by_id, sort_date, id);
drop index if exists spy_assignment_target_id_idx;
create index spy_assignment_of_target on spy_assignment (target_id, sort_date, id);

drop index if exists cell_leader_cell_id_idx;
drop index if exists cell_leader_person_id_idx;
create index cell_leader_of_cell on cell_leader (cell_id, sort_date, id);
create index cell_leader_of_person on cell_leader (person_id, sort_date, id);

create index alliance_of_empire on alliance (empire_id, sort_date, id);
create index alliance_of_ally on alliance (ally_id, sort_date, id);

-- Named things: by name, then row key; root lists and every nested list of named things.
create index person_name on person (name, id);
create index person_of_species on person (species_id, name, id);
create index person_of_homeworld on person (homeworld_id, name, id);
create index person_death_place on person (death_place_id);
create index person_killed_in on person (killed_in_id);
create index species_name on species (name, id);
create index place_name on place (name, id);
create index place_located_in on place (located_in_id, name, id);
create index empire_name on empire (name, id);
create index ship_class_name on ship_class (name, id);
create index faction_name on faction (name, id);
create index faction_of_headquarters on faction (headquarters_id, name, id);
create index faction_of_empire on faction (serves_empire_id, name, id);
create index faction_part_of on faction (part_of_faction_id, name, id);
drop index if exists cell_faction_id_idx;
create index cell_name on cell (name, id);
create index cell_of_faction on cell (faction_id, name, id);
create index ship_name on ship (name, id);
create index ship_of_faction on ship (faction_id, name, id);
create index ship_of_empire on ship (empire_id, name, id);
create index ship_of_class on ship (ship_class_id, name, id);

-- Rows kept in the article's order (by row key) under their parent.
drop index if exists ship_command_ship_id_idx;
drop index if exists ship_command_person_id_idx;
create index ship_command_of_ship on ship_command (ship_id, id);
create index ship_command_of_person on ship_command (person_id, id);
create index faction_species_of_faction on faction_species (faction_id, id);
create index faction_species_of_species on faction_species (species_id, id);

-- The other side of link tables whose unique key leads with the first side.
create index faction_founder_of_person on faction_founder (person_id);
create index faction_origin_formed_from on faction_origin (formed_from_id);
create index marriage_of_spouse on marriage (spouse_id);
