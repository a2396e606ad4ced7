-- Search's GIN indexes take each write straight into the index, not into a pending list.
--
-- With GIN's default (fastupdate), new entries first go to an unsorted pending list, up to gin_pending_list_limit
-- (4 MB), which only a vacuum or a full list merges into the index, and every search reads the whole list. After a
-- million people were loaded, "Marlena Moro" read 289 pages of pending search documents and 194 of pending names:
-- 6 and 7.5 ms, where the merged indexes read a few pages (0.05 and 0.19 ms). Writes to the archive are edits, one
-- record at a time, so paying for the index at each write costs little; a galaxy load builds these indexes after
-- its rows (Galaxy, Indexes), with this same setting.
alter index search_document_document set (fastupdate = off);
alter index search_name_trigram set (fastupdate = off);

-- What is pending now goes into the indexes.
select gin_clean_pending_list('search_document_document'::regclass);
select gin_clean_pending_list('search_name_trigram'::regclass);
