-- A year window on the timeline (`events(filter: {fromYear, toYear})`) without reading the events that ended
-- before it. An event can have happened in the window [S, E] when its first day is at most E and its last day
-- at least S. In timeline order (by first day) the events that ended before S sit among those that straddle
-- it: one index range on the first day must start where the longest event would, and V5's event_reach made
-- that range read every event that began up to the longest span (decades) before the window.
--
-- Events are split here by how long their date is, in calendar steps: a class holds the dates whose last
-- day falls before their first day plus its step ("in 2374" ends before 2375-01-01, so it is within a year;
-- "the late 2370s" within four). An event of class P that ends on or after S began after S - P, so each class
-- is read from S - P on (event_window_ranges, below, with the same steps), one index range per class, each
-- cut to the page, and the pages merged in timeline order (see Where.ranges). Dates that follow the calendar
-- (a day, a month, a year, a decade) fit their class exactly, so such a read touches no event outside the
-- window; others read at most one step of events that ended before it. A generated column: writes keep it.
--
--   class | dates                                     | read from
--   ------+-------------------------------------------+-----------------------------------------------
--   0     | open at the start ("by 2370")             | S (their first sort key is their last day)
--   1..7  | last day before first day + 1 day, 1 month, 1 year, 4 years, 10 years, 50 years, 100 years
--         |                                           | after S - step
--   8     | longer                                    | S - event_reach.longest_span (V5)
--   9     | open at the end ("from 2370 on")          | the start (all that began by E can reach S)
--   null  | undated                                   | never in a window
alter table event add column span_class smallint generated always as (case
    when date_earliest is null and date_latest is null then null
    when date_earliest is null then 0
    when date_latest is null then 9
    when date_latest < date_earliest + interval '1 day' then 1
    when date_latest < date_earliest + interval '1 month' then 2
    when date_latest < date_earliest + interval '1 year' then 3
    when date_latest < date_earliest + interval '4 years' then 4
    when date_latest < date_earliest + interval '10 years' then 5
    when date_latest < date_earliest + interval '50 years' then 6
    when date_latest < date_earliest + interval '100 years' then 7
    else 8
end) stored;

-- Each timeline order, within each class: DATE_ASC and DATE_DESC (the last day is in the index too, so that
-- an event of a class that ended before S is skipped in the index, never fetched).
create index event_window on event (span_class, date_first, date_last, id);
create index event_window_desc on event (span_class, date_first_desc, date_last_desc, id);

-- The range of each class for a window from S to E (January 1st and December 31st; either may be null, for no
-- bound): the events of the class whose first day (first sort key) is after `after` and at most `until`, and
-- whose last day is at least `reaching`; a null bound does not bound. For a dated event both timeline orders'
-- first and last sort keys are its first and last day, except that an event open at the start has its last
-- day as both, and one open at the end has no last day. S is the first of a month, so S - step is exact.
create function event_window_ranges(s date, e date)
    returns table (span_class smallint, after date, until date, reaching date)
    language sql stable rows 10 as $$
    select c.span_class,
           case when s is null then null
                when c.span_class = 0 then s - 1
                when c.step is not null then cast(s - c.step as date)
                when c.span_class = 8 then (select s - r.longest_span - 1 from event_reach r)
           end,
           case when c.span_class = 0 then null else e end,
           case when c.span_class = 9 then null else s end
    from (values (cast(0 as smallint), cast(null as interval)), (1, '1 day'), (2, '1 month'), (3, '1 year'),
                 (4, '4 years'), (5, '10 years'), (6, '50 years'), (7, '100 years'), (8, null), (9, null))
         as c(span_class, step)
$$;
