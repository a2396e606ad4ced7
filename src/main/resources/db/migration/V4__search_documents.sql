-- Search documents kept fresh by the rows themselves, instead of a materialized view that needs a whole
-- refresh: one row per thing a reader looks up (its GraphQL type name and row key), written by statement
-- triggers on the nine entry tables whenever a statement inserts, updates, deletes or truncates them.
--
-- The triggers are statement-level with transition tables (REFERENCING NEW/OLD TABLE), so a COPY of a
-- million rows writes its million documents in one INSERT ... SELECT at the end of the statement rather
-- than one trigger call and one single-row INSERT per row. Measured, COPY of 1M people on a busy 2-core
-- machine (load 6 to 9): 12 to 13 s with no trigger, 53 to 69 s with these statement triggers, 122 s with
-- a per-row trigger. Most of the difference is making the documents (unaccent and to_tsvector, about
-- 14 s) and writing them; building both GIN indexes afresh afterwards instead costs about the same as
-- maintaining them. A loader
-- that disables the triggers (ALTER TABLE ... DISABLE TRIGGER USER) must write that table's documents
-- itself, as the backfill below does.
--
-- unaccent() is only STABLE (it reads a dictionary), so none of this can be a generated column or an
-- expression index; the documents are therefore computed when written and searched as plain columns.

drop materialized view search_document;

-- What a document is made of, written once: used by the backfill below and by the triggers.
create function search_plain_name(name text) returns text
    language sql stable parallel safe
    return lower(unaccent(name));

create function search_vector(name text, description text) returns tsvector
    language sql stable parallel safe
    return setweight(to_tsvector('english', unaccent(name)), 'A')
        || setweight(to_tsvector('english', unaccent(description)), 'B');

create table search_document (
    type       text   not null,  -- the GraphQL type name: Person, Species, Place, ...
    id         bigint not null,  -- the row key in that type's table
    name       text   not null,
    plain_name text   not null,  -- lower(unaccent(name)), for trigram similarity
    document   tsvector not null, -- name weighted A, description weighted B, accents removed
    primary key (type, id)
);

insert into search_document (type, id, name, plain_name, document)
select type, id, name, search_plain_name(name), search_vector(name, description)
from (
    select 'Person' as type, id, name, description from person
    union all select 'Species', id, name, description from species
    union all select 'Place', id, name, description from place
    union all select 'Empire', id, name, description from empire
    union all select 'Faction', id, name, description from faction
    union all select 'Cell', id, name, description from cell
    union all select 'ShipClass', id, name, description from ship_class
    union all select 'Ship', id, name, description from ship
    union all select 'Event', id, name, description from event
) entries;

create index search_document_document on search_document using gin (document);
create index search_document_plain_name on search_document using gin (plain_name gin_trgm_ops);

-- One function for every entry table and every kind of change; the table's GraphQL type name is the
-- trigger's argument. The transition tables are named new_rows / old_rows by every trigger below.
-- The statements are EXECUTEd, so they are planned for each call with the transition tables' real sizes:
-- static statements would keep the plan made for the first call of the session, and a plan made for one
-- changed row (nested loops over the transition tables) took 47 s for the next UPDATE of 10,000 rows.
create function search_document_sync() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        execute $sql$
            insert into search_document (type, id, name, plain_name, document)
            select $1, n.id, n.name, search_plain_name(n.name), search_vector(n.name, n.description)
            from new_rows n $sql$ using tg_argv[0];
    elsif tg_op = 'UPDATE' then
        -- a row whose key changed leaves its old document behind
        execute $sql$
            delete from search_document d
            using old_rows o
            where d.type = $1 and d.id = o.id
              and not exists (select from new_rows n where n.id = o.id) $sql$ using tg_argv[0];
        -- only rows whose key, name or description changed are written again
        execute $sql$
            insert into search_document (type, id, name, plain_name, document)
            select $1, n.id, n.name, search_plain_name(n.name), search_vector(n.name, n.description)
            from new_rows n
            where not exists (select from old_rows o
                              where o.id = n.id and o.name is not distinct from n.name
                                and o.description is not distinct from n.description)
            on conflict (type, id) do update
                set name = excluded.name, plain_name = excluded.plain_name, document = excluded.document $sql$
            using tg_argv[0];
    elsif tg_op = 'DELETE' then
        execute $sql$
            delete from search_document d
            using old_rows o
            where d.type = $1 and d.id = o.id $sql$ using tg_argv[0];
    elsif tg_op = 'TRUNCATE' then
        delete from search_document where type = tg_argv[0];
    end if;
    return null;
end
$$;

-- PostgreSQL allows transition tables only on single-event triggers, hence three per table (plus truncate).
do $$
declare
    entry record;
begin
    for entry in select * from (values ('person', 'Person'), ('species', 'Species'), ('place', 'Place'),
                                       ('empire', 'Empire'), ('faction', 'Faction'), ('cell', 'Cell'),
                                       ('ship_class', 'ShipClass'), ('ship', 'Ship'), ('event', 'Event')) t(tab, type)
    loop
        execute format('create trigger search_document_insert after insert on %I referencing new table as new_rows '
                       'for each statement execute function search_document_sync(%L)', entry.tab, entry.type);
        execute format('create trigger search_document_update after update on %I referencing old table as old_rows '
                       'new table as new_rows for each statement execute function search_document_sync(%L)',
                       entry.tab, entry.type);
        execute format('create trigger search_document_delete after delete on %I referencing old table as old_rows '
                       'for each statement execute function search_document_sync(%L)', entry.tab, entry.type);
        execute format('create trigger search_document_truncate after truncate on %I '
                       'for each statement execute function search_document_sync(%L)', entry.tab, entry.type);
    end loop;
end
$$;
