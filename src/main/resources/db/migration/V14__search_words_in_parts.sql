-- The full-text index of search documents in three parts: one document in 256, the rest of one in 16, and the rest.
--
-- A GIN index is read whole for a word: PostgreSQL builds the bitmap of every document that holds it before it reads
-- the first. Search keeps the first 100 documents that hold the query's words (SearchGraph), so a frequent word cost
-- its every document: at a million people "Marlena" is in 16,540 documents (a 4.5 ms search, 4.7 ms of it that
-- bitmap under EXPLAIN), "raid" in 307,262 (31 ms). Search now reads the parts in turn, and the next only while those
-- before hold fewer than 100 (one union, cut at 100): a word costs a 256th of its documents, or about 1,600
-- documents' bitmap at most when the first part holds fewer than 100, or all of them when they are fewer than that
-- ("Marlena" 1.1 ms, "raid" 2.3 ms). Each part is named by a function, so that a statement names its part without
-- constants (the statements' plans are checked as pg_stat_statements records them, constants replaced).
create function search_words_part_1(id bigint) returns boolean language sql immutable parallel safe
    return id % 256 = 0;
create function search_words_part_2(id bigint) returns boolean language sql immutable parallel safe
    return id % 16 = 0 and id % 256 <> 0;
create function search_words_part_3(id bigint) returns boolean language sql immutable parallel safe
    return id % 16 <> 0;

create index search_document_words_1 on search_document using gin (document) with (fastupdate = off)
    where search_words_part_1(id);
create index search_document_words_2 on search_document using gin (document) with (fastupdate = off)
    where search_words_part_2(id);
create index search_document_words_3 on search_document using gin (document) with (fastupdate = off)
    where search_words_part_3(id);
drop index search_document_document;
