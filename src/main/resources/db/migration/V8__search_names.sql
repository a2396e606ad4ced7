-- Search's fuzzy match reads the distinct names of the search documents, not every document.
--
-- Names repeat: a galaxy of a million people has 2 million search documents but 17 thousand distinct names, and
-- a common name is shared by thousands of documents. A trigram match over every document read the long posting
-- lists of those thousands (about 40 ms for "Marlena Moro" at a million people); over the distinct names it reads
-- a few hundred entries, and the documents of the names found are then read by name through a b-tree, as many as
-- search ranks (SearchGraph.CANDIDATES).
--
-- search_name is kept by search_document_sync (V4), in the same statements that write the documents, so that a
-- change costs no statement more: each name with the number of documents that bear it. A name no document bears
-- any more keeps its row with 0 (removing it would take a statement of its own); search reads only names with
-- documents.

create table search_name (
    plain_name text    primary key,
    documents  integer not null
);

insert into search_name (plain_name, documents)
select plain_name, count(*) from search_document group by plain_name;

create index search_name_trigram on search_name using gin (plain_name gin_trgm_ops);
create index search_document_by_plain_name on search_document (plain_name);
-- The trigram index over every document, which the fuzzy match no longer reads.
drop index if exists search_document_plain_name;

-- pg_trgm prices `<%` (word similarity, the query on its left) as cheap as an equality, so over a table of a few
-- thousand names a generic plan compared every name in turn (40 ms at 30,000 people) instead of reading the
-- trigram index. It extracts and compares the trigrams of both texts: priced at 100 operators, the index is read.
-- Only the extension's owner may say so; elsewhere the price stays, and the plan may scan the names.
do $$
begin
    alter function word_similarity_op(text, text) cost 100;
exception when insufficient_privilege then
    raise notice 'pg_trgm''s word_similarity_op keeps its price: %', sqlerrm;
end
$$;

-- V4's function, each statement now also counting the names it writes (+1) and removes (-1) in search_name.
create or replace function search_document_sync() returns trigger
    language plpgsql as $$
declare
    -- The documents of old_rows go (those the condition given for %s keeps), and their names count them no more.
    forget constant text := $sql$
        with gone as (
            delete from search_document d
            using old_rows o
            where d.type = $1 and d.id = o.id %s
            returning d.plain_name)
        update search_name s set documents = s.documents - g.documents
        from (select plain_name, count(*) as documents from gone group by plain_name) g
        where s.plain_name = g.plain_name $sql$;
begin
    if tg_op = 'INSERT' then
        execute $sql$
            with written as (
                insert into search_document (type, id, name, plain_name, document)
                select $1, n.id, n.name, search_plain_name(n.name), search_vector(n.name, n.description)
                from new_rows n
                returning plain_name)
            insert into search_name (plain_name, documents)
            select plain_name, count(*) from written group by plain_name
            on conflict (plain_name) do update set documents = search_name.documents + excluded.documents $sql$
            using tg_argv[0];
    elsif tg_op = 'UPDATE' then
        -- a row whose key changed leaves its old document behind
        execute format(forget, 'and not exists (select from new_rows n where n.id = o.id)') using tg_argv[0];
        -- only rows whose key, name or description changed are written again; the documents they replace are read
        -- as they were before this statement (every part of one statement sees the same snapshot)
        execute $sql$
            with changed as (
                select n.* from new_rows n
                where not exists (select from old_rows o
                                  where o.id = n.id and o.name is not distinct from n.name
                                    and o.description is not distinct from n.description)),
            replaced as (
                select d.plain_name from search_document d join changed c on d.type = $1 and d.id = c.id),
            written as (
                insert into search_document (type, id, name, plain_name, document)
                select $1, c.id, c.name, search_plain_name(c.name), search_vector(c.name, c.description)
                from changed c
                on conflict (type, id) do update
                    set name = excluded.name, plain_name = excluded.plain_name, document = excluded.document
                returning plain_name),
            counted as (
                select plain_name, sum(documents) as documents
                from (select plain_name, 1 as documents from written
                      union all select plain_name, -1 from replaced) c
                group by plain_name having sum(documents) <> 0)
            insert into search_name (plain_name, documents)
            select plain_name, documents from counted
            on conflict (plain_name) do update set documents = search_name.documents + excluded.documents $sql$
            using tg_argv[0];
    elsif tg_op = 'DELETE' then
        execute format(forget, '') using tg_argv[0];
    elsif tg_op = 'TRUNCATE' then
        with gone as (
            delete from search_document where type = tg_argv[0] returning plain_name)
        update search_name s set documents = s.documents - g.documents
        from (select plain_name, count(*) as documents from gone group by plain_name) g
        where s.plain_name = g.plain_name;
    end if;
    return null;
end
$$;
