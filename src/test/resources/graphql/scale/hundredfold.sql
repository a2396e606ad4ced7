-- A data set a hundred times the article's cells, people, species and places, all linked,
-- with row keys from 100000 up so that remove-hundredfold.sql can take it away again.
insert into species (id, slug, name, universe, description)
    select 100000 + g, 'synthetic-species-' || g, 'Synthetic species ' || g, 'MIRROR', 'Synthetic.'
    from generate_series(1, 1100) g;
insert into place (id, slug, name, universe, kind, description)
    select 100000 + g, 'synthetic-place-' || g, 'Synthetic place ' || g, 'MIRROR', 'PLANET', 'Synthetic.'
    from generate_series(1, 800) g;
insert into person (id, slug, name, universe, description, species_id, homeworld_id)
    select 100000 + g, 'synthetic-person-' || g, 'Synthetic person ' || g, 'MIRROR', 'Synthetic.',
           100000 + 1 + g % 1100, 100000 + 1 + g % 800
    from generate_series(1, 1300) g;
insert into faction (id, slug, name, universe, kind, description)
    select 100000 + g, 'synthetic-faction-' || g, 'Synthetic faction ' || g, 'MIRROR', 'RESISTANCE', 'Synthetic.'
    from generate_series(1, 800) g;
insert into cell (id, slug, name, universe, description, faction_id)
    select 100000 + g, 'synthetic-cell-' || g, 'Synthetic cell ' || g, 'MIRROR', 'Synthetic.', 100000 + 1 + g % 800
    from generate_series(1, 100) g;
-- Two leaders a cell, the first one's time ended: a cell has one open leadership (V12).
insert into cell_leader (id, cell_id, person_id, from_wording, to_wording)
    select 100000 + g, 100000 + 1 + g % 100, 100000 + 1 + g % 1300, 'synthetic', case when g <= 100 then 'synthetic' end
    from generate_series(1, 200) g;
insert into membership (id, person_id, faction_id, role)
    select 100000 + g, 100000 + 1 + g % 1300, 100000 + 1 + g % 800, 'member'
    from generate_series(1, 1300) g;
