-- Indexes on a key most rows leave empty hold only the rows that have one. A participant is a person, a faction,
-- an empire or a ship, so each of its four timeline indexes (V5) held every participant, most of them under a
-- null key no read asks for: at a million people the empire's and the ship's indexes held 3.2 million entries
-- for 150,000 and 100,000 participants (152 MB each, 5.5 s each to build after a bulk load, one more insertion
-- per written row). Every read by such a key (`empire_id = $1`, `= any($1)`, or a join on it) implies it is
-- not null, so the planner uses the partial index as it used the whole one. Chosen where nine rows in ten or
-- so have no key in the generated galaxy, as in the article (most participants are people; few events follow
-- another; few people are killed in an event).
drop index event_participant_faction_timeline;
create index event_participant_faction_timeline on event_participant (faction_id, event_first, event_last, event_id, id)
    where faction_id is not null;
drop index event_participant_empire_timeline;
create index event_participant_empire_timeline on event_participant (empire_id, event_first, event_last, event_id, id)
    where empire_id is not null;
drop index event_participant_ship_timeline;
create index event_participant_ship_timeline on event_participant (ship_id, event_first, event_last, event_id, id)
    where ship_id is not null;
drop index membership_of_empire;
create index membership_of_empire on membership (empire_id, sort_date, id) where empire_id is not null;
drop index event_follows_timeline;
create index event_follows_timeline on event (follows_id, date_first, date_last, id) where follows_id is not null;
drop index person_death_place;
create index person_death_place on person (death_place_id) where death_place_id is not null;
drop index person_killed_in;
create index person_killed_in on person (killed_in_id) where killed_in_id is not null;
drop index ship_of_empire;
create index ship_of_empire on ship (empire_id, name, id) where empire_id is not null;
