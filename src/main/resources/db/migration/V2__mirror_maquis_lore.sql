-- The mirror-universe Maquis, as told by the source article (seed 000_da87269660564615).
-- Every row and relation below is drawn from the article; nothing is imported from outside canon.
-- Where the article gives no date, the date columns are null.
--
-- Id ranges: species 100+, place 200+, empire 300+, person 400+, ship_class 500+, faction 600+,
-- ship 700+, cell 800+, event 900+, relation tables 1+.
--
-- Date conventions: a plain year Y is Y-01-01..Y-12-31; 'early Y' Y-01-01..Y-04-30; 'late 2280s'
-- 2286..2289; 'mid-2290s' 2293..2296; 'late 23rd century' 2267..2300; 'by X' has no earliest date and
-- the end of X as latest; 'over the next forty years' after 2298 is 2298..2338; 'over the course of
-- the next five years' after 2374 is 2374..2379. A date stated in a sentence applies to everything that
-- sentence names; things named only in undated sentences stay undated.

-- ---------------------------------------------------------------------------------------------------
-- Species: the ranks of the Maquis, in the article's order.
-- ---------------------------------------------------------------------------------------------------
insert into species (id, slug, name, universe, description) values
 (100, 'terran',     'Terran',     'MIRROR', 'Terrans of the mirror universe; disheartened Terrans were among the members of the Maquis by the mid-2290s.'),
 (101, 'romulan',    'Romulan',    'MIRROR', 'Romulans of the mirror universe; Romulans sick of their leaders'' neutral ambivalence to the Terrans joined the Maquis by the mid-2290s.'),
 (102, 'reman',      'Reman',      'MIRROR', 'Remans of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.'),
 (103, 'klingon',    'Klingon',    'MIRROR', 'Klingons of the mirror universe; Klingons disgusted with the recently formed alliance between the Terrans and the Klingon Empire joined the Maquis by the mid-2290s.'),
 (104, 'cardassian', 'Cardassian', 'MIRROR', 'Cardassians of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.'),
 (105, 'bajoran',    'Bajoran',    'MIRROR', 'Bajorans of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.'),
 (106, 'betazoid',   'Betazoid',   'MIRROR', 'Betazoids of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.'),
 (107, 'trill',      'Trill',      'MIRROR', 'Trills of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.'),
 (108, 'orion',      'Orion',      'MIRROR', 'Orions of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.'),
 (109, 'vulcan',     'Vulcan',     'MIRROR', 'Vulcans of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.'),
 (110, 'andorian',   'Andorian',   'MIRROR', 'Andorians of the mirror universe, one of the species who felt betrayed by the Terran Empire and made up the Maquis.');

-- ---------------------------------------------------------------------------------------------------
-- Places. Judgement call: the article says that by the 2370s the Maquis was a huge force across the
-- Alpha Quadrant; the places it names in that era (its Badlands headquarters and the raid targets
-- Cestus III and Sherman's Planet) are placed in the Alpha Quadrant. Vulcan, Rigel IV, Cardassia and
-- Romulus are not tied to a quadrant by the article, so located_in_id stays null for them.
-- ---------------------------------------------------------------------------------------------------
insert into place (id, slug, name, universe, kind, description, located_in_id) values
 (200, 'alpha-quadrant',  'Alpha Quadrant',   'MIRROR', 'QUADRANT', 'The quadrant across which the Maquis had become a huge force to be reckoned with by the 2370s, regarded by some as an empire in its own right.', null),
 (201, 'vulcan',          'Vulcan',           'MIRROR', 'PLANET',   'Homeworld of Sarek and the planet from which the early Maquis launched raids against Terran cargo convoys, until Sarek and the Vulcan High Command had the Maquis move off planet for fear of a Terran attack.', null),
 (202, 'rigel-iv',        'Rigel IV',         'MIRROR', 'PLANET',   'Planet raided by the Maquis in 2298; Marlena Moreau was killed during the raid.', null),
 (203, 'cardassia',       'Cardassia',        'MIRROR', 'PLANET',   'Planet whose invasion sent military officers who escaped it to defect to the Maquis, bringing any warships they could get their hands on.', null),
 (204, 'romulus',         'Romulus',          'MIRROR', 'PLANET',   'Planet whose invasion sent military officers who escaped it to defect to the Maquis, bringing any warships they could get their hands on.', null),
 (205, 'cestus-iii',      'Cestus III',       'MIRROR', 'PLANET',   'Terran Imperial target raided by the Maquis flagship IRS Enterprise over the course of the five years after 2374.', 200),
 (206, 'shermans-planet', 'Sherman''s Planet', 'MIRROR', 'PLANET',  'Terran Imperial target raided by the Maquis flagship IRS Enterprise over the course of the five years after 2374.', 200),
 (207, 'badlands',        'Badlands',         'MIRROR', 'REGION',   'Region where the Maquis had its main base of operations, which served as the Maquis Headquarters.', 200);

-- ---------------------------------------------------------------------------------------------------
-- Empires. The Romulan Star Empire collapsed; the article gives no date for the collapse.
-- ---------------------------------------------------------------------------------------------------
insert into empire (id, slug, name, universe, kind, description, collapsed_earliest, collapsed_latest, collapsed_wording) values
 (300, 'terran-empire',               'Terran Empire',               'MIRROR',  'EMPIRE',     'The empire of the mirror universe that the Maquis strongly opposed from the late 23rd century and for much of the 24th century; Spock planned to reform it into a republic.', null, null, null),
 (301, 'klingon-empire',              'Klingon Empire',              'MIRROR',  'EMPIRE',     'Mirror-universe empire whose recently formed alliance with the Terrans disgusted Klingons who joined the Maquis by the mid-2290s.', null, null, null),
 (302, 'romulan-star-empire',         'Romulan Star Empire',         'MIRROR',  'EMPIRE',     'Mirror-universe empire whose leaders'' neutral ambivalence to the Terrans drove Romulans to the Maquis; after its collapse members of the Tal Shiar and the Obsidian Order formed a new intelligence agency.', null, null, 'with the collapse of the Romulan Star Empire'),
 (303, 'united-federation-of-planets','United Federation of Planets','PRIMARY', 'FEDERATION', 'The primary universe''s United Federation of Planets, the free society that Spock''s plans to reform the Terran Empire into a republic were meant to resemble.', null, null, null);

-- ---------------------------------------------------------------------------------------------------
-- People. species_id is left null throughout: the article never states a person's species.
-- killed_in_id is set once the events exist (below).
-- ---------------------------------------------------------------------------------------------------
insert into person (id, slug, name, universe, title, description, species_id, homeworld_id, died_earliest, died_latest, died_wording, death_place_id) values
 (400, 'sarek',                   'Sarek',                   'MIRROR',  null,                   'Sarek of Vulcan, who established the Maquis with Marlena Moreau in the late 2280s and continued to lead the resistance after her death in 2298, with the cell leaders forming a ruling council.', null, 201, null, null, null, null),
 (401, 'marlena-moreau',          'Marlena Moreau',          'MIRROR',  null,                   'Co-founder of the Maquis, who vowed to continue her husband Spock''s work and had the movement split into cells; she was killed during a raid on Rigel IV in 2298.', null, null, '2298-01-01', '2298-12-31', 'in 2298', 202),
 (402, 'spock',                   'Spock',                   'MIRROR',  null,                   'Husband of Marlena Moreau, whose plans to reform the Terran Empire into a republic the Maquis set out to ensure; he died in 2277 shortly before he attempted to assassinate Empress Sarah Sato and declare himself Emperor.', null, null, '2277-01-01', '2277-12-31', 'in 2277, shortly before he attempted to assassinate Empress Sarah Sato and declare himself Emperor', null),
 (403, 'sarah-sato',              'Sarah Sato',              'MIRROR',  'Empress',              'Empress of the Terran Empire, whom Spock attempted to assassinate shortly before he died in 2277.', null, null, null, null, null, null),
 (404, 'kathryn-janeway',         'Kathryn Janeway',         'MIRROR',  'Captain',              'Terran Empire captain who in 2371 ordered Lieutenant Commander Typhuss James Halliwell to spy on the Maquis, and in early 2377 went with Voyager to rescue him from the Maquis.', null, null, null, null, null, null),
 (405, 'typhuss-james-halliwell', 'Typhuss James Halliwell', 'MIRROR',  'Lieutenant Commander', 'Lieutenant Commander ordered by Captain Janeway in 2371 to spy on the Maquis for the Terran Empire; discovered as a spy in early 2377 and rescued by Voyager three hours later. In 2384 he and Kira brought Seska, Ezri Tigan and Jadzia Dax to the primary universe.', null, null, null, null, null, null),
 (406, 'selok',                   'Selok',                   'MIRROR',  'Captain',              'Maquis captain who in 2374, with support from Intelligence operatives, engineered the capture of the prototype Prometheus-class warship ISS Prometheus, made her the Maquis flagship and renamed her IRS Enterprise.', null, null, null, null, null, null),
 (407, 'shakaar-edon',            'Shakaar Edon',            'MIRROR',  null,                   'Took over as leader of the Bajora cell of the Maquis in 2383, after Major Kira left for the primary universe.', null, null, null, null, null, null),
 (408, 'kira',                    'Kira',                    'MIRROR',  'Major',                'Major Kira led the Bajora cell of the Maquis until 2383, when she left with Captain Kira for his universe to be free; in 2384 she returned to bring Seska, Ezri Tigan and Jadzia Dax to the primary universe.', null, null, null, null, null, null),
 (409, 'kira-primary',            'Kira',                    'PRIMARY', 'Captain',              'Captain Kira of the primary universe, with whom Major Kira left the mirror universe in 2383 to go to his universe and be free.', null, null, null, null, null, null),
 (410, 'seska',                   'Seska',                   'MIRROR',  null,                   'Brought from the mirror universe to the primary universe by Kira and Typhuss in 2384, so she could be free from the Terran Empire.', null, null, null, null, null, null),
 (411, 'ezri-tigan',              'Ezri Tigan',              'MIRROR',  null,                   'Brought from the mirror universe to the primary universe by Kira and Typhuss in 2384, so she could be free from the Terran Empire.', null, null, null, null, null, null),
 (412, 'jadzia-dax',              'Jadzia Dax',              'MIRROR',  null,                   'Brought from the mirror universe to the primary universe by Kira and Typhuss in 2384, so she could be free from the Terran Empire.', null, null, null, null, null, null);

-- ---------------------------------------------------------------------------------------------------
-- Ship class.
-- ---------------------------------------------------------------------------------------------------
insert into ship_class (id, slug, name, universe, description) values
 (500, 'prometheus-class', 'Prometheus class', 'MIRROR', 'Class of warship whose prototype, the ISS Prometheus, the Maquis captured in 2374 and renamed IRS Enterprise.');

-- ---------------------------------------------------------------------------------------------------
-- Factions (flagship_id is set after the ships exist).
-- The sidebar gives 'Headquarters: various'; the article's last paragraph names the main base in the
-- Badlands as the Maquis Headquarters, which is what headquarters_id holds.
-- ---------------------------------------------------------------------------------------------------
insert into faction (id, slug, name, universe, kind, description, primary_missions,
                     founded_earliest, founded_latest, founded_wording,
                     headquarters_id, counterpart_id, part_of_faction_id, serves_empire_id, allegiance_id) values
 (600, 'maquis', 'Maquis', 'MIRROR', 'RESISTANCE',
  'A highly-organized resistance movement of the mirror universe that strongly opposed the Terran Empire in the late 23rd century and for much of the 24th century, established by Sarek of Vulcan and Marlena Moreau to ensure Spock''s plans to reform the Empire into a republic. Organized in cells hiding in nebulae, asteroid belts or hollowed out moons, with various headquarters and a main base in the Badlands, by the 2370s it was a huge force across the Alpha Quadrant, regarded by some as an empire in its own right.',
  'Destroy the Terran Empire, free other species',
  '2286-01-01', '2289-12-31', 'late 2280s',
  207, null, null, null, 402),
 (601, 'maquis-primary', 'Maquis', 'PRIMARY', 'RESISTANCE',
  'The Maquis of the primary universe, counterpart of the mirror-universe Maquis.',
  null, null, null, null, null, null, null, null, null),
 (602, 'vulcan-high-command', 'Vulcan High Command', 'MIRROR', 'GOVERNMENT',
  'Vulcan authority that, with Sarek, had the early Maquis move off Vulcan because it feared that the Terrans would launch an attack against the planet.',
  null, null, null, null, null, null, null, null, null),
 (603, 'ruling-council', 'Ruling Council', 'MIRROR', 'COUNCIL',
  'The "ruling council" of the Maquis formed by its various cell leaders in 2298, after Marlena Moreau was killed, with Sarek continuing to lead the resistance.',
  null, '2298-01-01', '2298-12-31', 'in 2298', null, null, 600, null, null),
 (604, 'imperial-starfleet', 'Imperial Starfleet', 'MIRROR', 'MILITARY',
  'The Terran Empire''s fleet, whose vessels the Maquis were bold enough by the 2370s to board, capture and repatriate into their own fleet.',
  null, null, null, null, null, null, null, 300, null),
 (605, 'tal-shiar', 'Tal Shiar', 'MIRROR', 'INTELLIGENCE_AGENCY',
  'Intelligence service whose members, with the collapse of the Romulan Star Empire, joined members of the Obsidian Order to form a new intelligence agency working for the Maquis.',
  null, null, null, null, null, null, null, null, null),
 (606, 'obsidian-order', 'Obsidian Order', 'MIRROR', 'INTELLIGENCE_AGENCY',
  'Intelligence service whose members, with the collapse of the Romulan Star Empire, joined members of the Tal Shiar to form a new intelligence agency working for the Maquis.',
  null, null, null, null, null, null, null, null, null),
 (607, 'intelligence', 'Intelligence', 'MIRROR', 'INTELLIGENCE_AGENCY',
  'New intelligence agency formed by members of the Tal Shiar and the Obsidian Order with the collapse of the Romulan Star Empire, which worked to give the Maquis their best advantage over the Empire; its Intelligence operatives supported the capture of the ISS Prometheus in 2374.',
  null, null, null, 'with the collapse of the Romulan Star Empire', null, null, null, null, null);

-- The two Maquis are each other's counterpart ("For the primary universe counterpart see Maquis").
update faction set counterpart_id = 601 where id = 600;
update faction set counterpart_id = 600 where id = 601;

-- ---------------------------------------------------------------------------------------------------
-- Ships. The ISS Prometheus and the IRS Enterprise are the same hull under two names.
-- Judgement calls: the ISS Prometheus is one of the 'Imperial Starfleet vessels' the article says the
-- Maquis captured, so it belongs to the Imperial Starfleet / Terran Empire. Voyager is the ship of the
-- Terran Empire captain Janeway sent to rescue the Empire's spy, so empire_id is the Terran Empire.
-- The ISS Enterprise's owner is not stated. Renaming date: the article dates the capture 2374 and says
-- the renaming followed the safe return to Maquis territory, with the Enterprise raiding 'over the
-- course of the next five years' from 2374, so the renaming is dated 2374.
-- ---------------------------------------------------------------------------------------------------
insert into ship (id, slug, name, universe, description, ship_class_id, prototype, faction_id, empire_id,
                  renamed_to_id, renamed_earliest, renamed_latest, renamed_wording, renamed_by_id) values
 (701, 'irs-enterprise', 'IRS Enterprise', 'MIRROR',
  'Flagship of the Maquis: the captured prototype Prometheus-class warship ISS Prometheus, renamed by Captain Selok in honor of Spock''s old starship command. Over the course of the next five years she led numerous raids and campaigns against Terran Imperial targets, including Cestus III and Sherman''s Planet.',
  500, true, 600, null, null, null, null, null, null),
 (700, 'iss-prometheus', 'ISS Prometheus', 'MIRROR',
  'The prototype Prometheus-class warship of the Imperial Starfleet, captured in 2374 by Captain Selok with support from Intelligence operatives in the Maquis'' boldest capture, then made the Maquis flagship and renamed IRS Enterprise.',
  500, true, 604, 300, 701, '2374-01-01', '2374-12-31', 'following their safe return to Maquis territory', 406),
 (702, 'iss-enterprise', 'ISS Enterprise', 'MIRROR',
  'Spock''s old starship command, in whose honor the Maquis renamed the captured ISS Prometheus the IRS Enterprise.',
  null, false, null, null, null, null, null, null, null),
 (703, 'voyager', 'Voyager', 'MIRROR',
  'Ship with which Captain Janeway went to rescue Lieutenant Commander Typhuss James Halliwell from the Maquis in early 2377; three hours later Voyager rescued him.',
  null, false, null, 300, null, null, null, null, null);

update faction set flagship_id = 701 where id = 600;

-- ---------------------------------------------------------------------------------------------------
-- Cells: the article names one, the Bajora cell.
-- ---------------------------------------------------------------------------------------------------
insert into cell (id, slug, name, universe, description, faction_id) values
 (800, 'bajora-cell', 'Bajora cell', 'MIRROR',
  'Cell of the Maquis led by Major Kira until 2383, when Shakaar Edon took over as its leader after she left for the primary universe.', 600);

-- ---------------------------------------------------------------------------------------------------
-- Events, roughly in the article's chronological order. follows_id is set where the article puts one
-- event directly after, or because of, another. A crossing's universe is the one it departs from.
-- ---------------------------------------------------------------------------------------------------
insert into event (id, slug, name, universe, kind, description, date_earliest, date_latest, date_wording,
                   place_id, target, follows_id, from_universe, to_universe) values
 (900, 'death-of-spock', 'Death of Spock', 'MIRROR', 'DEATH',
  'Spock died in 2277, shortly before he attempted to assassinate Empress Sarah Sato and declare himself Emperor; his wife Marlena vowed to continue his work.',
  '2277-01-01', '2277-12-31', 'in 2277', null, null, null, null, null),
 (901, 'founding-of-the-maquis', 'Founding of the Maquis', 'MIRROR', 'FOUNDING',
  'Sarek of Vulcan and Marlena Moreau established the Maquis in the late 2280s to ensure Spock''s plans to reform the Terran Empire into a republic, granting its citizens the right to vote and question their superiors in a free society akin to the United Federation of Planets.',
  '2286-01-01', '2289-12-31', 'late 2280s', null, null, null, null, null),
 (902, 'raids-on-terran-cargo-convoys', 'Raids on Terran cargo convoys', 'MIRROR', 'RAID',
  'The movement started in a very limited way, with raids launched from Vulcan against Terran cargo convoys and supply runs.',
  null, null, null, null, 'Terran cargo convoys and supply runs', null, null, null),
 (903, 'relocation-of-the-maquis-from-vulcan', 'Relocation of the Maquis from Vulcan', 'MIRROR', 'RELOCATION',
  'The Maquis were forced to move off Vulcan at the behest of Sarek and the Vulcan High Command, who feared that the Terrans would launch an attack against the planet.',
  null, null, null, 201, null, 902, null, null),
 (904, 'division-of-the-maquis-into-cells', 'Division of the Maquis into cells', 'MIRROR', 'REORGANIZATION',
  'To ensure the survival of her movement, Marlena Moreau had the Maquis split into various cells which spread out across the Empire and launched attacks while hiding in nebulae, asteroid belts or hollowed out moons.',
  null, null, null, null, null, 903, null, null),
 (905, 'alliance-of-the-terran-empire-and-the-klingon-empire', 'Alliance of the Terran Empire and the Klingon Empire', 'MIRROR', 'ALLIANCE',
  'The alliance between the Terrans and the Klingon Empire, recently formed by the mid-2290s, disgusted Klingons who joined the Maquis.',
  null, '2296-12-31', 'recently formed by the mid-2290s', null, null, null, null, null),
 (906, 'raid-on-rigel-iv', 'Raid on Rigel IV', 'MIRROR', 'RAID',
  'Maquis raid on Rigel IV in 2298 during which Marlena Moreau was killed.',
  '2298-01-01', '2298-12-31', 'in 2298', 202, null, null, null, null),
 (907, 'formation-of-the-ruling-council', 'Formation of the Ruling Council', 'MIRROR', 'FOUNDING',
  'After Marlena Moreau was killed in 2298, Sarek continued to lead the Maquis, with the various cell leaders forming a "ruling council".',
  '2298-01-01', '2298-12-31', 'in 2298', null, null, 906, null, null),
 (908, 'invasion-of-cardassia', 'Invasion of Cardassia', 'MIRROR', 'INVASION',
  'Invasion of Cardassia; military officers who managed to escape it defected to the Maquis over the next forty years and brought any warships they could get their hands on.',
  '2298-01-01', '2338-12-31', 'over the next forty years', 203, null, null, null, null),
 (909, 'invasion-of-romulus', 'Invasion of Romulus', 'MIRROR', 'INVASION',
  'Invasion of Romulus; military officers who managed to escape it defected to the Maquis over the next forty years and brought any warships they could get their hands on.',
  '2298-01-01', '2338-12-31', 'over the next forty years', 204, null, null, null, null),
 (910, 'defection-of-military-officers-to-the-maquis', 'Defection of military officers to the Maquis', 'MIRROR', 'DEFECTION',
  'Over the next forty years the Maquis'' ranks began to swell as military officers who had escaped the invasions of Cardassia and Romulus defected and brought any warships they could get their hands on.',
  '2298-01-01', '2338-12-31', 'over the next forty years', null, null, null, null, null),
 (911, 'collapse-of-the-romulan-star-empire', 'Collapse of the Romulan Star Empire', 'MIRROR', 'COLLAPSE',
  'The collapse of the Romulan Star Empire, with which members of the Tal Shiar and the Obsidian Order formed a new intelligence agency.',
  null, null, null, null, null, null, null, null),
 (912, 'formation-of-intelligence', 'Formation of Intelligence', 'MIRROR', 'FOUNDING',
  'With the collapse of the Romulan Star Empire, members of the Tal Shiar and the Obsidian Order formed a new intelligence agency which worked to give the Maquis their best advantage over the Empire.',
  null, null, 'with the collapse of the Romulan Star Empire', null, null, 911, null, null),
 (913, 'typhuss-halliwell-ordered-to-spy-on-the-maquis', 'Typhuss Halliwell ordered to spy on the Maquis', 'MIRROR', 'ESPIONAGE',
  'In 2371 Captain Kathryn Janeway ordered Lieutenant Commander Typhuss James Halliwell to spy on the Maquis for the Terran Empire.',
  '2371-01-01', '2371-12-31', 'in 2371', null, null, null, null, null),
 (914, 'maquis-captures-of-imperial-starfleet-vessels', 'Maquis captures of Imperial Starfleet vessels', 'MIRROR', 'CAPTURE',
  'By the 2370s the Maquis were bold enough to actively board and capture Imperial Starfleet vessels and repatriate them into their own fleet.',
  null, '2379-12-31', 'by the 2370s', null, 'Imperial Starfleet vessels', null, null, null),
 (915, 'capture-of-the-iss-prometheus', 'Capture of the ISS Prometheus', 'MIRROR', 'CAPTURE',
  'The Maquis'' boldest capture: in 2374 Captain Selok, with support from Intelligence operatives, engineered the capture of the prototype Prometheus-class warship ISS Prometheus.',
  '2374-01-01', '2374-12-31', 'in 2374', null, null, null, null, null),
 (916, 'renaming-of-the-iss-prometheus', 'Renaming of the ISS Prometheus', 'MIRROR', 'RENAMING',
  'Following their safe return to Maquis territory, Selok had the Prometheus made the Maquis flagship and renamed her IRS Enterprise in honor of Spock''s old starship command.',
  '2374-01-01', '2374-12-31', 'following their safe return to Maquis territory', null, null, 915, null, null),
 (917, 'raid-on-cestus-iii', 'Raid on Cestus III', 'MIRROR', 'RAID',
  'One of the numerous raids and campaigns against Terran Imperial targets that the IRS Enterprise led over the course of the next five years.',
  '2374-01-01', '2379-12-31', 'over the course of the next five years', 205, null, null, null, null),
 (918, 'raid-on-shermans-planet', 'Raid on Sherman''s Planet', 'MIRROR', 'RAID',
  'One of the numerous raids and campaigns against Terran Imperial targets that the IRS Enterprise led over the course of the next five years.',
  '2374-01-01', '2379-12-31', 'over the course of the next five years', 206, null, null, null, null),
 (919, 'discovery-of-typhuss-halliwell-as-a-spy', 'Discovery of Typhuss Halliwell as a spy', 'MIRROR', 'ESPIONAGE',
  'In early 2377 Lieutenant Commander Typhuss James Halliwell was discovered by the Maquis as a spy for the Terran Empire.',
  '2377-01-01', '2377-04-30', 'early 2377', null, null, null, null, null),
 (920, 'mission-to-rescue-typhuss-halliwell', 'Mission to rescue Typhuss Halliwell', 'MIRROR', 'RESCUE',
  'After his discovery as a spy, Captain Janeway and Voyager went to rescue Typhuss from the Maquis.',
  '2377-01-01', '2377-04-30', 'early 2377', null, null, 919, null, null),
 (921, 'rescue-of-typhuss-halliwell', 'Rescue of Typhuss Halliwell', 'MIRROR', 'RESCUE',
  'Three hours after Captain Janeway and Voyager set out, Voyager rescued Typhuss from the Maquis.',
  '2377-01-01', '2377-04-30', 'three hours later', null, null, 920, null, null),
 (922, 'major-kira-crosses-to-the-primary-universe', 'Major Kira crosses to the primary universe', 'MIRROR', 'CROSSING',
  'In 2383 Major Kira left the mirror universe with Captain Kira to go to his universe, to be free.',
  '2383-01-01', '2383-12-31', 'in 2383', null, null, null, 'MIRROR', 'PRIMARY'),
 (923, 'shakaar-edon-takes-over-the-bajora-cell', 'Shakaar Edon takes over the Bajora cell', 'MIRROR', 'SUCCESSION',
  'In 2383 Shakaar Edon took over as leader of the Bajora cell after Major Kira left with Captain Kira for the primary universe.',
  '2383-01-01', '2383-12-31', 'in 2383', null, null, 922, null, null),
 (924, 'kira-returns-to-the-mirror-universe', 'Kira returns to the mirror universe', 'PRIMARY', 'CROSSING',
  'In 2384 Kira requested to return to her universe to get Seska, Ezri Tigan and Jadzia Dax, so they could be free from the Terran Empire too.',
  '2384-01-01', '2384-12-31', 'in 2384', null, null, null, 'PRIMARY', 'MIRROR'),
 (925, 'seska-ezri-tigan-and-jadzia-dax-brought-to-the-primary-universe', 'Seska, Ezri Tigan and Jadzia Dax brought to the primary universe', 'MIRROR', 'CROSSING',
  'In 2384 Kira and Typhuss were able to bring Seska, Ezri Tigan and Jadzia Dax back to the primary universe, free from the Terran Empire.',
  '2384-01-01', '2384-12-31', 'in 2384', null, null, 924, 'MIRROR', 'PRIMARY');

-- Marlena was killed during the raid on Rigel IV. (Spock 'died'; the article does not say he was killed.)
update person set killed_in_id = 906 where id = 401;

-- ---------------------------------------------------------------------------------------------------
-- Relations.
-- ---------------------------------------------------------------------------------------------------
insert into faction_founder (id, faction_id, person_id) values
 (1, 600, 400),   -- Maquis: Sarek
 (2, 600, 401);   -- Maquis: Marlena Moreau

-- Marlena led 'her movement' until she was killed in 2298; Sarek 'continued to lead' it, so he led it
-- with her from the founding. He also leads the ruling council from its forming in 2298.
insert into faction_leader (id, faction_id, person_id, from_earliest, from_latest, from_wording, to_earliest, to_latest, to_wording) values
 (1, 600, 401, '2286-01-01', '2289-12-31', 'late 2280s', '2298-01-01', '2298-12-31', 'in 2298'),
 (2, 600, 400, '2286-01-01', '2289-12-31', 'late 2280s', null, null, null),
 (3, 603, 400, '2298-01-01', '2298-12-31', 'in 2298', null, null, null);

insert into cell_leader (id, cell_id, person_id, from_earliest, from_latest, from_wording, to_earliest, to_latest, to_wording) values
 (1, 800, 408, null, null, null, '2383-01-01', '2383-12-31', 'in 2383'),
 (2, 800, 407, '2383-01-01', '2383-12-31', 'in 2383', null, null, null);

insert into membership (id, person_id, faction_id, empire_id, role, from_earliest, from_latest, from_wording, to_earliest, to_latest, to_wording) values
 (1, 403, null, 300, 'Empress',              null, null, null, null, null, null),
 (2, 404, null, 300, 'Captain',              null, null, null, null, null, null),
 (3, 405, null, 300, 'Lieutenant Commander', null, null, null, null, null, null),
 (4, 406, 600, null, 'Captain',              null, null, null, null, null, null),
 (5, 401, 600, null, 'co-founder',           '2286-01-01', '2289-12-31', 'late 2280s', '2298-01-01', '2298-12-31', 'in 2298'),
 (6, 400, 600, null, 'co-founder',           '2286-01-01', '2289-12-31', 'late 2280s', null, null, null),
 (7, 408, 600, null, 'Bajora cell leader',   null, null, null, '2383-01-01', '2383-12-31', 'in 2383'),
 (8, 407, 600, null, 'Bajora cell leader',   '2383-01-01', '2383-12-31', 'in 2383', null, null, null);

insert into marriage (id, person_id, spouse_id) values
 (1, 401, 402);   -- Marlena Moreau and Spock ("her husband's work")

-- The assignment ends with his discovery as a spy in early 2377.
insert into spy_assignment (id, spy_id, target_id, on_behalf_of_id, ordered_by_id, from_earliest, from_latest, from_wording, to_earliest, to_latest, to_wording) values
 (1, 405, 600, 300, 404, '2371-01-01', '2371-12-31', 'in 2371', '2377-01-01', '2377-04-30', 'early 2377');

-- 'much of the 24th century' as an end is left open (to_* null, to_wording kept).
-- Intelligence 'worked to give the Maquis their best advantage over the Empire'; undated.
insert into faction_opposition (id, faction_id, empire_id, from_earliest, from_latest, from_wording, to_earliest, to_latest, to_wording) values
 (1, 600, 300, '2267-01-01', '2300-12-31', 'late 23rd century', null, null, 'for much of the 24th century'),
 (2, 607, 300, null, null, null, null, null, null);

insert into alliance (id, empire_id, ally_id, formed_earliest, formed_latest, formed_wording) values
 (1, 300, 301, null, '2296-12-31', 'recently formed by the mid-2290s');

insert into faction_species (id, faction_id, species_id, reason, since_earliest, since_latest, since_wording) values
 (1, 600, 100, 'disheartened Terrans', null, '2296-12-31', 'by the mid-2290s'),
 (2, 600, 101, 'sick of their leaders'' neutral ambivalence to the Terrans', null, '2296-12-31', 'by the mid-2290s'),
 (3, 600, 102, 'felt betrayed in some way by the Empire', null, null, null),
 (4, 600, 103, 'disgusted with the recently formed alliance between the Terrans and the Klingon Empire', null, '2296-12-31', 'by the mid-2290s'),
 (5, 600, 104, 'felt betrayed in some way by the Empire', null, null, null),
 (6, 600, 105, 'felt betrayed in some way by the Empire', null, null, null),
 (7, 600, 106, 'felt betrayed in some way by the Empire', null, null, null),
 (8, 600, 107, 'felt betrayed in some way by the Empire', null, null, null),
 (9, 600, 108, 'felt betrayed in some way by the Empire', null, null, null),
 (10, 600, 109, 'felt betrayed in some way by the Empire', null, null, null),
 (11, 600, 110, 'felt betrayed in some way by the Empire', null, null, null);

insert into faction_origin (id, faction_id, formed_from_id) values
 (1, 607, 605),   -- Intelligence from the Tal Shiar
 (2, 607, 606);   -- Intelligence from the Obsidian Order

insert into ship_command (id, ship_id, person_id, role) values
 (1, 702, 402, 'commander'),   -- ISS Enterprise: "Spock's old starship command"
 (2, 703, 404, 'captain');     -- Voyager: "Captain Janeway and Voyager"

insert into event_participant (id, event_id, role, person_id, faction_id, empire_id, ship_id) values
 -- Death of Spock
 ( 1, 900, 'died',                          402, null, null, null),
 ( 2, 900, 'assassination target',          403, null, null, null),
 -- Founding of the Maquis
 ( 3, 901, 'founder',                       400, null, null, null),
 ( 4, 901, 'founder',                       401, null, null, null),
 ( 5, 901, 'founded',                       null, 600, null, null),
 -- Raids on Terran cargo convoys
 ( 6, 902, 'raider',                        null, 600, null, null),
 ( 7, 902, 'target',                        null, null, 300, null),
 -- Relocation of the Maquis from Vulcan
 ( 8, 903, 'relocated',                     null, 600, null, null),
 ( 9, 903, 'requested the move',            400, null, null, null),
 (10, 903, 'requested the move',            null, 602, null, null),
 -- Division of the Maquis into cells
 (11, 904, 'ordered',                       401, null, null, null),
 (12, 904, 'reorganized',                   null, 600, null, null),
 -- Alliance of the Terran Empire and the Klingon Empire
 (13, 905, 'ally',                          null, null, 300, null),
 (14, 905, 'ally',                          null, null, 301, null),
 -- Raid on Rigel IV
 (15, 906, 'raider',                        null, 600, null, null),
 (16, 906, 'killed',                        401, null, null, null),
 -- Formation of the Ruling Council
 (17, 907, 'founded',                       null, 603, null, null),
 (18, 907, 'leader',                        400, null, null, null),
 (19, 907, 'parent faction',                null, 600, null, null),
 -- Invasion of Romulus (the article names no invader, and no Cardassian state for Cardassia)
 (20, 909, 'invaded',                       null, null, 302, null),
 -- Defection of military officers to the Maquis
 (21, 910, 'joined by defectors',           null, 600, null, null),
 -- Collapse of the Romulan Star Empire
 (22, 911, 'collapsed',                     null, null, 302, null),
 -- Formation of Intelligence
 (23, 912, 'founded',                       null, 607, null, null),
 (24, 912, 'members formed it',             null, 605, null, null),
 (25, 912, 'members formed it',             null, 606, null, null),
 -- Typhuss Halliwell ordered to spy on the Maquis
 (26, 913, 'ordered',                       404, null, null, null),
 (27, 913, 'spy',                           405, null, null, null),
 (28, 913, 'target',                        null, 600, null, null),
 (29, 913, 'on behalf of',                  null, null, 300, null),
 -- Maquis captures of Imperial Starfleet vessels
 (30, 914, 'captor',                        null, 600, null, null),
 (31, 914, 'target',                        null, 604, null, null),
 -- Capture of the ISS Prometheus
 (32, 915, 'led the capture',               406, null, null, null),
 (33, 915, 'supported the capture',         null, 607, null, null),
 (34, 915, 'captor',                        null, 600, null, null),
 (35, 915, 'captured',                      null, null, null, 700),
 -- Renaming of the ISS Prometheus
 (36, 916, 'renamed',                       406, null, null, null),
 (37, 916, 'old name',                      null, null, null, 700),
 (38, 916, 'new name',                      null, null, null, 701),
 (39, 916, 'flagship of',                   null, 600, null, null),
 -- Raid on Cestus III
 (40, 917, 'led the raid',                  null, null, null, 701),
 (41, 917, 'raider',                        null, 600, null, null),
 (42, 917, 'target',                        null, null, 300, null),
 -- Raid on Sherman's Planet
 (43, 918, 'led the raid',                  null, null, null, 701),
 (44, 918, 'raider',                        null, 600, null, null),
 (45, 918, 'target',                        null, null, 300, null),
 -- Discovery of Typhuss Halliwell as a spy
 (46, 919, 'spy',                           405, null, null, null),
 (47, 919, 'discovered the spy',            null, 600, null, null),
 -- Mission to rescue Typhuss Halliwell
 (48, 920, 'rescuer',                       404, null, null, null),
 (49, 920, 'rescuer',                       null, null, null, 703),
 (50, 920, 'to be rescued',                 405, null, null, null),
 (51, 920, 'rescued from',                  null, 600, null, null),
 -- Rescue of Typhuss Halliwell
 (52, 921, 'rescuer',                       null, null, null, 703),
 (53, 921, 'rescued',                       405, null, null, null),
 (54, 921, 'rescued from',                  null, 600, null, null),
 -- Major Kira crosses to the primary universe
 (55, 922, 'crossed',                       408, null, null, null),
 (56, 922, 'crossed',                       409, null, null, null),
 -- Shakaar Edon takes over the Bajora cell
 (57, 923, 'new leader',                    407, null, null, null),
 (58, 923, 'previous leader',               408, null, null, null),
 -- Kira returns to the mirror universe
 (59, 924, 'crossed',                       408, null, null, null),
 -- Seska, Ezri Tigan and Jadzia Dax brought to the primary universe
 (60, 925, 'brought them across',           408, null, null, null),
 (61, 925, 'brought them across',           405, null, null, null),
 (62, 925, 'crossed',                       410, null, null, null),
 (63, 925, 'crossed',                       411, null, null, null),
 (64, 925, 'crossed',                       412, null, null, null);
