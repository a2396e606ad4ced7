-- Cross-type search: one document per thing a reader looks up, named by its GraphQL type and row key.
-- search(query) ranks these by full-text match (name weighted above description) plus trigram
-- similarity of the name, so that misspellings ("Marlena Moro") still find their target.
-- The documents are computed once (accents removed, weighted tsvector) so that a search only compares;
-- a later migration that changes the lore must end with: refresh materialized view search_document;
create materialized view search_document as
    select type, id, name,
           lower(unaccent(name)) as plain_name,
           setweight(to_tsvector('english', unaccent(name)), 'A')
               || setweight(to_tsvector('english', unaccent(description)), 'B') as document
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

create unique index on search_document (type, id);
create index on search_document using gin (document);
create index on search_document using gin (plain_name gin_trgm_ops);
