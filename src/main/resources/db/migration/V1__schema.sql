-- The archive's shape: one table per kind of thing a reader looks up, one per relation the article states.
-- Approximate dates are stored as a range (earliest, latest) plus the article's own wording, so that
-- sorting and year filters work and nothing is invented. Ids are given explicitly by the lore migrations,
-- so that global ids survive a re-import.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table species (
    id          bigint primary key,
    slug        text not null unique,
    name        text not null,
    universe    text not null check (universe in ('MIRROR', 'PRIMARY')),
    description text not null
);

create table place (
    id             bigint primary key,
    slug           text not null unique,
    name           text not null,
    universe       text not null check (universe in ('MIRROR', 'PRIMARY')),
    kind           text not null check (kind in ('PLANET', 'REGION', 'QUADRANT')),
    description    text not null,
    located_in_id  bigint references place
);

create table empire (
    id          bigint primary key,
    slug        text not null unique,
    name        text not null,
    universe    text not null check (universe in ('MIRROR', 'PRIMARY')),
    kind        text not null check (kind in ('EMPIRE', 'FEDERATION')),
    description text not null,
    collapsed_earliest date,
    collapsed_latest   date,
    collapsed_wording  text
);

create table person (
    id             bigint primary key,
    slug           text not null unique,
    name           text not null,
    universe       text not null check (universe in ('MIRROR', 'PRIMARY')),
    title          text,
    description    text not null,
    species_id     bigint references species,
    homeworld_id   bigint references place,
    died_earliest  date,
    died_latest    date,
    died_wording   text,
    death_place_id bigint references place
);

create table ship_class (
    id          bigint primary key,
    slug        text not null unique,
    name        text not null,
    universe    text not null check (universe in ('MIRROR', 'PRIMARY')),
    description text not null
);

create table faction (
    id                 bigint primary key,
    slug               text not null unique,
    name               text not null,
    universe           text not null check (universe in ('MIRROR', 'PRIMARY')),
    kind               text not null check (kind in ('RESISTANCE', 'GOVERNMENT', 'INTELLIGENCE_AGENCY', 'MILITARY', 'COUNCIL')),
    description        text not null,
    primary_missions   text,
    founded_earliest   date,
    founded_latest     date,
    founded_wording    text,
    headquarters_id    bigint references place,
    counterpart_id     bigint references faction,
    part_of_faction_id bigint references faction,
    serves_empire_id   bigint references empire,
    allegiance_id      bigint references person
    -- flagship_id is added below, once ship exists
);

create table ship (
    id               bigint primary key,
    slug             text not null unique,
    name             text not null,
    universe         text not null check (universe in ('MIRROR', 'PRIMARY')),
    description      text not null,
    ship_class_id    bigint references ship_class,
    prototype        boolean not null default false,
    faction_id       bigint references faction,
    empire_id        bigint references empire,
    renamed_to_id    bigint unique references ship,
    renamed_earliest date,
    renamed_latest   date,
    renamed_wording  text,
    renamed_by_id    bigint references person
);

alter table faction add column flagship_id bigint references ship;

create table cell (
    id          bigint primary key,
    slug        text not null unique,
    name        text not null,
    universe    text not null check (universe in ('MIRROR', 'PRIMARY')),
    description text not null,
    faction_id  bigint not null references faction
);

create table event (
    id                bigint primary key,
    slug              text not null unique,
    name              text not null,
    universe          text not null check (universe in ('MIRROR', 'PRIMARY')),
    kind              text not null check (kind in ('FOUNDING', 'RAID', 'DEATH', 'RELOCATION', 'REORGANIZATION',
                                                    'ALLIANCE', 'INVASION', 'COLLAPSE', 'DEFECTION', 'ESPIONAGE',
                                                    'RESCUE', 'CAPTURE', 'RENAMING', 'SUCCESSION', 'CROSSING')),
    description       text not null,
    date_earliest     date,
    date_latest       date,
    date_wording      text,
    place_id          bigint references place,
    target            text,
    follows_id        bigint references event,
    from_universe     text check (from_universe in ('MIRROR', 'PRIMARY')),
    to_universe       text check (to_universe in ('MIRROR', 'PRIMARY'))
);

alter table person add column killed_in_id bigint references event;

-- Relations that the article states, each named for what it is.

create table faction_founder (
    id bigint generated by default as identity primary key,
    faction_id bigint not null references faction,
    person_id  bigint not null references person,
    unique (faction_id, person_id)
);

create table faction_leader (
    id             bigint primary key,
    faction_id     bigint not null references faction,
    person_id      bigint not null references person,
    from_earliest  date,
    from_latest    date,
    from_wording   text,
    to_earliest    date,
    to_latest      date,
    to_wording     text
);

create table cell_leader (
    id             bigint primary key,
    cell_id        bigint not null references cell,
    person_id      bigint not null references person,
    from_earliest  date,
    from_latest    date,
    from_wording   text,
    to_earliest    date,
    to_latest      date,
    to_wording     text
);

-- A person's allegiance to a faction or an empire, with the role held there.
create table membership (
    id             bigint primary key,
    person_id      bigint not null references person,
    faction_id     bigint references faction,
    empire_id      bigint references empire,
    role           text not null,
    from_earliest  date,
    from_latest    date,
    from_wording   text,
    to_earliest    date,
    to_latest      date,
    to_wording     text,
    check ((faction_id is null) <> (empire_id is null))
);

create table marriage (
    id bigint generated by default as identity primary key,
    person_id  bigint not null references person,
    spouse_id  bigint not null references person,
    unique (person_id, spouse_id),
    check (person_id < spouse_id)
);

create table spy_assignment (
    id              bigint primary key,
    spy_id          bigint not null references person,
    target_id       bigint not null references faction,
    on_behalf_of_id bigint not null references empire,
    ordered_by_id   bigint references person,
    from_earliest   date,
    from_latest     date,
    from_wording    text,
    to_earliest     date,
    to_latest       date,
    to_wording      text
);

create table faction_opposition (
    id bigint generated by default as identity primary key,
    faction_id     bigint not null references faction,
    empire_id      bigint not null references empire,
    from_earliest  date,
    from_latest    date,
    from_wording   text,
    to_earliest    date,
    to_latest      date,
    to_wording     text,
    unique (faction_id, empire_id)
);

create table alliance (
    id bigint generated by default as identity primary key,
    empire_id        bigint not null references empire,
    ally_id          bigint not null references empire,
    formed_earliest  date,
    formed_latest    date,
    formed_wording   text,
    unique (empire_id, ally_id),
    check (empire_id < ally_id)
);

-- The species a faction's ranks are drawn from, and why they joined where the article says.
create table faction_species (
    id bigint generated by default as identity primary key,
    faction_id      bigint not null references faction,
    species_id      bigint not null references species,
    reason          text,
    since_earliest  date,
    since_latest    date,
    since_wording   text,
    unique (faction_id, species_id)
);

-- A faction formed from members of older ones.
create table faction_origin (
    id bigint generated by default as identity primary key,
    faction_id       bigint not null references faction,
    formed_from_id   bigint not null references faction,
    unique (faction_id, formed_from_id)
);

create table ship_command (
    id         bigint primary key,
    ship_id    bigint not null references ship,
    person_id  bigint not null references person,
    role       text not null
);

-- Who or what took part in an event, and how. Exactly one of the participant columns is set.
create table event_participant (
    id         bigint primary key,
    event_id   bigint not null references event,
    role       text not null,
    person_id  bigint references person,
    faction_id bigint references faction,
    empire_id  bigint references empire,
    ship_id    bigint references ship,
    check (num_nonnulls(person_id, faction_id, empire_id, ship_id) = 1)
);

create index on faction_leader (faction_id);
create index on faction_leader (person_id);
create index on cell_leader (cell_id);
create index on cell_leader (person_id);
create index on cell (faction_id);
create index on membership (person_id);
create index on membership (faction_id);
create index on membership (empire_id);
create index on spy_assignment (spy_id);
create index on spy_assignment (target_id);
create index on event_participant (event_id);
create index on event_participant (person_id);
create index on event_participant (faction_id);
create index on event_participant (ship_id);
create index on event (date_earliest, date_latest);
create index on ship (renamed_to_id);
create index on ship_command (ship_id);
create index on ship_command (person_id);
