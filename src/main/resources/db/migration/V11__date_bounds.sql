-- The archive's dates are ISO years -4000 to 99999 (ArchiveDates): every filter names years within them, the API
-- refuses any other date before it runs anything, and from here the database holds the same bounds, so that a date
-- written by other means (SQL, a generator, a later bug) cannot leave them either. Beyond them PostgreSQL itself
-- fails (years past 5874897), or the reactive client's binary encoding of a date (a 32-bit count of days from 2000)
-- silently stores another year (+999999999-12-31 was stored as year 466210).
--
-- PostgreSQL counts years BC with no year 0: ISO year -4000 is '4001-01-01 BC'. A null date (open, unknown) passes.
-- Each check is on a column written by clients or copied from one: the approximate dates' earliest and latest days,
-- and the sort keys copied onto participants (V5), which hold the sentinels 'infinity' and '-infinity' of undated
-- rows, as does event_reach's earliest open-ended day. The generated sort keys (sort_date, date_first, ...) are made
-- of checked columns and those sentinels only, so they need none of their own. DateBoundsTest checks that every date
-- column a row writes has its check.
--
-- Should an existing row hold a date beyond the bounds, this migration fails naming the constraint (and so the table
-- and column): correct that row's date, then start again.

alter table person
    add constraint person_died_earliest_years check (died_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint person_died_latest_years check (died_latest between '4001-01-01 BC' and '99999-12-31');

alter table event
    add constraint event_date_earliest_years check (date_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint event_date_latest_years check (date_latest between '4001-01-01 BC' and '99999-12-31');

alter table event_participant
    add constraint event_participant_event_first_years
        check (not isfinite(event_first) or event_first between '4001-01-01 BC' and '99999-12-31'),
    add constraint event_participant_event_last_years
        check (not isfinite(event_last) or event_last between '4001-01-01 BC' and '99999-12-31');

alter table event_reach
    add constraint event_reach_earliest_open_ended_years
        check (not isfinite(earliest_open_ended) or earliest_open_ended between '4001-01-01 BC' and '99999-12-31');

alter table empire
    add constraint empire_collapsed_earliest_years check (collapsed_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint empire_collapsed_latest_years check (collapsed_latest between '4001-01-01 BC' and '99999-12-31');

alter table faction
    add constraint faction_founded_earliest_years check (founded_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_founded_latest_years check (founded_latest between '4001-01-01 BC' and '99999-12-31');

alter table ship
    add constraint ship_renamed_earliest_years check (renamed_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint ship_renamed_latest_years check (renamed_latest between '4001-01-01 BC' and '99999-12-31');

alter table alliance
    add constraint alliance_formed_earliest_years check (formed_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint alliance_formed_latest_years check (formed_latest between '4001-01-01 BC' and '99999-12-31');

alter table faction_species
    add constraint faction_species_since_earliest_years check (since_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_species_since_latest_years check (since_latest between '4001-01-01 BC' and '99999-12-31');

alter table membership
    add constraint membership_from_earliest_years check (from_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint membership_from_latest_years check (from_latest between '4001-01-01 BC' and '99999-12-31'),
    add constraint membership_to_earliest_years check (to_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint membership_to_latest_years check (to_latest between '4001-01-01 BC' and '99999-12-31');

alter table cell_leader
    add constraint cell_leader_from_earliest_years check (from_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint cell_leader_from_latest_years check (from_latest between '4001-01-01 BC' and '99999-12-31'),
    add constraint cell_leader_to_earliest_years check (to_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint cell_leader_to_latest_years check (to_latest between '4001-01-01 BC' and '99999-12-31');

alter table faction_leader
    add constraint faction_leader_from_earliest_years check (from_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_leader_from_latest_years check (from_latest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_leader_to_earliest_years check (to_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_leader_to_latest_years check (to_latest between '4001-01-01 BC' and '99999-12-31');

alter table faction_opposition
    add constraint faction_opposition_from_earliest_years check (from_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_opposition_from_latest_years check (from_latest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_opposition_to_earliest_years check (to_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint faction_opposition_to_latest_years check (to_latest between '4001-01-01 BC' and '99999-12-31');

alter table spy_assignment
    add constraint spy_assignment_from_earliest_years check (from_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint spy_assignment_from_latest_years check (from_latest between '4001-01-01 BC' and '99999-12-31'),
    add constraint spy_assignment_to_earliest_years check (to_earliest between '4001-01-01 BC' and '99999-12-31'),
    add constraint spy_assignment_to_latest_years check (to_latest between '4001-01-01 BC' and '99999-12-31');
