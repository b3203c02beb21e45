-- Bulk data for the benchmarks, written straight into a database the app's own migrations created
-- (tables, indexes, check constraints and any triggers they define, which fire on these inserts).
-- Formats are EF Core's for SQLite: ids as uppercase UUID text (version 7, time-ordered), instants
-- as UTC ticks, dates as 'yyyy-MM-dd', enums by their C# name, lists as JSON arrays.
-- Parameters: $letters, $perLetter, $recipients, $organisations, $eventShare (percent of sent
-- dispatches that get an event history). Randomness is drawn once into temp tables, so every later
-- expression over it is deterministic (SQLite may evaluate a flattened subquery's random() twice).
-- Each "-- step:" runs as one statement batch and is timed by the generator.

-- step: parameters
CREATE TEMP TABLE p AS SELECT
    $letters AS letters, $perLetter AS per_letter, $recipients AS recipients, $organisations AS organisations,
    200 AS incidents, 20 AS figures, $eventShare AS event_share,
    -- Letters are spread from 1 January 2024 to an hour ago; drafts cluster among the newest.
    unixepoch('2024-01-01') * 1000 AS start_ms,
    (unixepoch('now') - 3600) * 1000 AS end_ms,
    unixepoch('now') * 1000 AS now_ms,
    86400000 AS day_ms;
CREATE TEMP TABLE seq (n INTEGER PRIMARY KEY);
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i
    WHERE n + 1 < (SELECT max(letters, recipients, organisations, incidents, per_letter) FROM p))
INSERT INTO seq SELECT n FROM i;
CREATE TEMP TABLE place (i INTEGER PRIMARY KEY, city TEXT, country TEXT);
INSERT INTO place VALUES (0, 'Berlin', 'Germany'), (1, 'Paris', 'France'), (2, 'Prague', 'Czechia'),
    (3, 'Budapest', 'Hungary'), (4, 'Brussels', 'Belgium'), (5, 'The Hague', 'Netherlands'),
    (6, 'Geneva', 'Switzerland'), (7, 'Vienna', 'Austria'), (8, 'Washington', 'United States'),
    (9, 'London', 'United Kingdom');
CREATE TEMP TABLE district (i INTEGER PRIMARY KEY, name TEXT, aliases TEXT);
INSERT INTO district VALUES (0, 'Aghdam', '["Agdam"]'), (1, 'Jabrayil', '["Jabrail"]'), (2, 'Fuzuli', '[]'),
    (3, 'Kalbajar', '[]'), (4, 'Lachin', '[]'), (5, 'Tartar', '[]'), (6, 'Khojavend', '[]'),
    (7, 'Zangilan', '[]'), (8, 'Gubadli', '[]'), (9, 'Shusha', '[]');

-- step: organisations
-- Every id below is UUIDv7 text for an instant in ms: 48-bit time, version 7, variant 10, random rest.
CREATE TEMP TABLE o AS SELECT n, (SELECT start_ms FROM p) - 86400000 - ((SELECT organisations FROM p) - n) * 1000 AS ms
    FROM seq WHERE n < (SELECT organisations FROM p);
ALTER TABLE o ADD COLUMN id TEXT;
UPDATE o SET id = printf('%08X-%04X-7%03X-%04X-%012X', ms >> 16, ms & 65535, random() & 4095,
    32768 | (random() & 16383), random() & 281474976710655);
INSERT INTO Organisations (Id, Name, Aliases, Kind, City, Country, Website, Email, CreatedAt, UpdatedAt, Version)
SELECT o.id, printf('Azerbaijani Community of %s %03d', pl.city, o.n),
    CASE WHEN o.n % 7 = 0 THEN json_array(printf('ACC-%03d', o.n)) ELSE '[]' END,
    CASE o.n % 20 WHEN 0 THEN 'GovernmentBody' WHEN 1 THEN 'Other' ELSE 'DiasporaOrganisation' END,
    CASE WHEN o.n % 9 = 0 THEN NULL ELSE pl.city END, pl.country,
    printf('https://community%03d.example.org', o.n), printf('office@community%03d.example.org', o.n),
    o.ms * 10000 + 621355968000000000, o.ms * 10000 + 621355968000000000, 1
FROM o JOIN place pl ON pl.i = o.n % 10 ORDER BY o.id;

-- step: recipients
-- A tenth are top-level bodies (UN agencies, EU institutions, ...); the rest their national
-- delegations and branches. A quarter have no reply window of their own (the configured default).
CREATE TEMP TABLE r AS SELECT n, (SELECT start_ms FROM p) - 3600000 - ((SELECT recipients FROM p) - n) * 1000 AS ms,
    n % 5 AS kind, n < max(1, (SELECT recipients FROM p) / 10) AS top,
    n % max(1, (SELECT recipients FROM p) / 10) AS parent,
    CASE n % 4 WHEN 0 THEN NULL WHEN 1 THEN 30 WHEN 2 THEN 60 ELSE 14 END AS response_days
    FROM seq WHERE n < (SELECT recipients FROM p);
ALTER TABLE r ADD COLUMN id TEXT;
UPDATE r SET id = printf('%08X-%04X-7%03X-%04X-%012X', ms >> 16, ms & 65535, random() & 4095,
    32768 | (random() & 16383), random() & 281474976710655);
INSERT INTO Recipients (Id, Name, Acronym, Kind, ParentId, Country, Email, ResponseDays, CreatedAt, UpdatedAt, Version)
SELECT r.id,
    CASE WHEN r.top THEN printf('%s %03d', CASE r.kind WHEN 0 THEN 'United Nations Office' WHEN 1 THEN 'European Union Directorate'
        WHEN 2 THEN 'Intergovernmental Commission' WHEN 3 THEN 'Human Rights Watch Group' ELSE 'International Newsroom' END, r.n)
    ELSE printf('Delegation %04d in %s', r.n, pl.country) END,
    CASE WHEN r.top THEN printf('%s%03d', CASE r.kind WHEN 0 THEN 'UNO' WHEN 1 THEN 'EUD' WHEN 2 THEN 'IGC' WHEN 3 THEN 'HRW' ELSE 'INR' END, r.n) END,
    CASE r.kind WHEN 0 THEN 'UnAgency' WHEN 1 THEN 'EuInstitution' WHEN 2 THEN 'Intergovernmental' WHEN 3 THEN 'Ngo' ELSE 'Media' END,
    CASE WHEN r.top THEN NULL ELSE parent.id END,
    CASE WHEN r.top THEN NULL ELSE pl.country END,
    printf('letters%04d@recipient.example.org', r.n), r.response_days,
    r.ms * 10000 + 621355968000000000, r.ms * 10000 + 621355968000000000, 1
FROM r JOIN place pl ON pl.i = r.n % 10 LEFT JOIN r parent ON parent.n = r.parent ORDER BY r.id;

-- step: incidents and casualty figures
CREATE TEMP TABLE i AS SELECT n,
    (SELECT start_ms + n * (end_ms - start_ms) / incidents - 2 * day_ms FROM p) AS ms
    FROM seq WHERE n < (SELECT incidents FROM p);
ALTER TABLE i ADD COLUMN id TEXT;
UPDATE i SET id = printf('%08X-%04X-7%03X-%04X-%012X', ms >> 16, ms & 65535, random() & 4095,
    32768 | (random() & 16383), random() & 281474976710655);
INSERT INTO Incidents (Id, Title, Kind, Country, District, DistrictAliases, Place, OccurredFrom, OccurredTo,
    Killed, Injured, Civilian, Description, CreatedAt, UpdatedAt, Version)
SELECT i.id, printf('Landmine explosion %03d in the %s district', i.n, d.name), 'LandmineExplosion', 'Azerbaijan',
    d.name, d.aliases, CASE WHEN i.n % 3 = 0 THEN NULL ELSE printf('near village %03d', i.n) END,
    date(i.ms / 1000 - 86400, 'unixepoch'), date(i.ms / 1000 - 86400 * (i.n % 2), 'unixepoch'),
    CASE i.n % 3 WHEN 0 THEN NULL ELSE i.n % 3 - 1 END, CASE i.n % 4 WHEN 0 THEN NULL ELSE i.n % 4 END,
    CASE WHEN i.n % 5 = 0 THEN NULL ELSE 1 END,
    printf('A civilian vehicle struck an anti-tank mine in the %s district; de-mining agencies report the area was not on any map handed over.', d.name),
    i.ms * 10000 + 621355968000000000, i.ms * 10000 + 621355968000000000, 1
FROM i JOIN district d ON d.i = i.n % 10 ORDER BY i.id;
CREATE TEMP TABLE f AS SELECT n, (SELECT start_ms FROM p) - 7200000 + n * 1000 AS ms
    FROM seq WHERE n < (SELECT figures FROM p);
ALTER TABLE f ADD COLUMN id TEXT;
UPDATE f SET id = printf('%08X-%04X-7%03X-%04X-%012X', ms >> 16, ms & 65535, random() & 4095,
    32768 | (random() & 16383), random() & 281474976710655);
INSERT INTO CasualtyFigures (Id, Description, Measure, Value, PeriodFrom, AsOf, ReportedBy, CreatedAt, UpdatedAt, Version)
SELECT f.id, printf('Azerbaijanis killed or injured by mines since November 2020 (report %02d)', f.n),
    CASE f.n % 3 WHEN 0 THEN 'Killed' WHEN 1 THEN 'Injured' ELSE 'KilledOrInjured' END, 300 + f.n * 5, '2020-11',
    date('2024-01-01', printf('+%d days', f.n * 30)), 'ANAMA',
    f.ms * 10000 + 621355968000000000, f.ms * 10000 + 621355968000000000, 1
FROM f ORDER BY f.id;

-- step: letters
CREATE TEMP TABLE l AS SELECT n, (SELECT start_ms + n * (end_ms - start_ms) / letters FROM p) AS ms,
    random() & 4294967295 AS roll, random() & 4294967295 AS roll2
    FROM seq WHERE n < (SELECT letters FROM p);
ALTER TABLE l ADD COLUMN id TEXT;
ALTER TABLE l ADD COLUMN status TEXT;
UPDATE l SET id = printf('%08X-%04X-7%03X-%04X-%012X', ms >> 16, ms & 65535, random() & 4095,
    32768 | (random() & 16383), random() & 281474976710655),
    -- 3% drafts, half of the newest 2%; 12% closed among the older 90%; the rest sent.
    status = CASE WHEN roll % 100 < 3 OR (n >= (SELECT letters FROM p) * 98 / 100 AND roll % 100 < 50) THEN 'Draft'
        WHEN roll % 100 >= 88 AND n < (SELECT letters FROM p) * 9 / 10 THEN 'Closed' ELSE 'Sent' END;
INSERT INTO Letters (Id, Subject, Summary, Body, Language, Demands, SentOn, SentFrom, SentTo, Status, CreatedAt, UpdatedAt, Version)
SELECT l.id, printf('Protest letter %06d on the landmine explosion in the %s district', l.n, d.name),
    printf('Diaspora organisations in %s call on international bodies to act after the mine explosion in %s, recalling that %d people were killed or injured by mines since November 2020 and that complete minefield maps have not been handed over.',
        pl.country, d.name, 300 + l.n % 100),
    -- One letter in ten has its own text at hand (about 1 KB).
    CASE WHEN (l.roll2 >> 8) % 10 = 0 THEN printf('Dear Sir or Madam, %s %s %s %s Yours faithfully.',
        'We write to you on behalf of the undersigned diaspora organisations about the landmine explosion in the ' || d.name || ' district.',
        'Since the end of the war in November 2020, hundreds of civilians, de-miners and journalists have been killed or injured by mines laid in the formerly occupied territories, and the maps handed over so far are incomplete and inaccurate.',
        'We ask you to use your mandate to call for the immediate handover of complete minefield maps, to support humanitarian de-mining with funding and expertise, and to state publicly that laying mines in civilian areas violates international humanitarian law.',
        'We would be grateful for a reply setting out the steps you intend to take, and we remain at your disposal for any further information on the victims and their families.') END,
    CASE l.roll2 % 10 WHEN 0 THEN 'de' WHEN 1 THEN 'fr' WHEN 2 THEN NULL ELSE 'en' END,
    CASE (l.roll2 >> 4) % 3 WHEN 0 THEN json_array('immediate action')
        WHEN 1 THEN json_array('immediate action', 'accountability and international legal action')
        ELSE json_array('complete minefield maps', 'support for humanitarian de-mining', 'accountability and international legal action') END,
    -- One sent letter in twenty is known only by a window ("sent between ... and ..."), like the seed's.
    CASE WHEN l.status <> 'Draft' AND (l.roll2 >> 12) % 20 <> 0 THEN date(l.ms / 1000, 'unixepoch') END,
    CASE WHEN l.status <> 'Draft' AND (l.roll2 >> 12) % 20 = 0 THEN date(l.ms / 1000, 'unixepoch', '-6 days') END,
    CASE WHEN l.status <> 'Draft' AND (l.roll2 >> 12) % 20 = 0 THEN date(l.ms / 1000, 'unixepoch') END,
    l.status, l.ms * 10000 + 621355968000000000, l.ms * 10000 + 621355968000000000, 1
FROM l JOIN district d ON d.i = (l.n * (SELECT incidents FROM p) / (SELECT letters FROM p)) % 10
    JOIN place pl ON pl.i = l.roll2 % 10
ORDER BY l.id;

-- step: letter signatories, incidents and figures
-- One to four co-signing organisations, distinct by construction (a stride of a quarter of them,
-- plus one so that co-signers differ in city and kind).
INSERT INTO LetterSignatories (LetterId, OrganisationId)
SELECT l.id, o.id FROM l JOIN seq j ON j.n <= (l.roll >> 8) % 4
    JOIN o ON o.n = ((l.roll >> 10) % (SELECT organisations FROM p) + j.n * ((SELECT organisations FROM p) / 4 + 1)) % (SELECT organisations FROM p)
ORDER BY l.id, o.id;
-- Each letter is about the incident of its time; three in ten quote a casualty figure.
INSERT INTO LetterIncidents (IncidentId, LetterId)
SELECT i.id, l.id FROM l JOIN i ON i.n = l.n * (SELECT incidents FROM p) / (SELECT letters FROM p) ORDER BY i.id, l.id;
INSERT INTO LetterCasualtyFigures (CasualtyFigureId, LetterId)
SELECT f.id, l.id FROM l JOIN f ON f.n = l.n % (SELECT figures FROM p) WHERE (l.roll >> 16) % 10 < 3 ORDER BY f.id, l.id;

-- step: dispatches
-- perLetter recipients per letter, distinct by construction (a stride of recipients / perLetter
-- plus one, distinct while perLetter² <= recipients, so that a letter reaches bodies of every kind).
-- Status spread of a sent letter's dispatches: 22% sent, 13% delivered, 10% acknowledged,
-- 25% responded, 6% referred, 10% declined, 14% closed; a closed letter's are all outcomes; a
-- draft's are drafts. A reply comes 1 to 45 days after sending, never later than now.
CREATE TEMP TABLE d0 AS SELECT l.n AS ln, k.n AS k, random() & 4294967295 AS roll, random() & 4294967295 AS roll2
    FROM l JOIN seq k ON k.n < (SELECT per_letter FROM p);
CREATE TEMP TABLE d AS SELECT x.*,
    CASE WHEN x.status = 'Draft' THEN NULL ELSE x.sent_ms + min(x.delay_ms, (x.now_ms - x.sent_ms) * 9 / 10) END AS reply_ms
FROM (SELECT d0.ln, d0.k, d0.roll, d0.roll2, l.id AS letter_id, l.ms AS letter_ms, r.id AS recipient_id,
        coalesce(r.response_days, 30) AS window_days, p.now_ms,
        CASE WHEN l.status = 'Draft' THEN NULL ELSE l.ms + 60000 * d0.k + d0.roll2 % 600000 END AS sent_ms,
        (1 + d0.roll2 % 45) * 86400000 + (d0.roll2 >> 10) % 36000000 AS delay_ms,
        CASE WHEN l.status = 'Draft' THEN 'Draft'
            WHEN l.status = 'Closed' THEN CASE WHEN d0.roll % 100 < 40 THEN 'Responded' WHEN d0.roll % 100 < 50 THEN 'Referred'
                WHEN d0.roll % 100 < 70 THEN 'Declined' ELSE 'Closed' END
            ELSE CASE WHEN d0.roll % 100 < 22 THEN 'Sent' WHEN d0.roll % 100 < 35 THEN 'Delivered'
                WHEN d0.roll % 100 < 45 THEN 'Acknowledged' WHEN d0.roll % 100 < 70 THEN 'Responded'
                WHEN d0.roll % 100 < 76 THEN 'Referred' WHEN d0.roll % 100 < 86 THEN 'Declined' ELSE 'Closed' END
        END AS status
    FROM d0 JOIN l ON l.n = d0.ln, p
    JOIN r ON r.n = ((l.roll >> 12) % p.recipients + d0.k * (p.recipients / p.per_letter + 1)) % p.recipients) x;
ALTER TABLE d ADD COLUMN id TEXT;
-- Created with its letter, so ids follow the letter's: id order is creation order, as in the app.
UPDATE d SET id = printf('%08X-%04X-7%03X-%04X-%012X', (letter_ms + 1 + k) >> 16, (letter_ms + 1 + k) & 65535,
    random() & 4095, 32768 | (random() & 16383), random() & 281474976710655);
CREATE INDEX temp.d_id ON d (id);
INSERT INTO Dispatches (Id, LetterId, RecipientId, Channel, SentAt, DeliveryRef, Status, DueOn, ReferredFromDispatchId,
    FirstReplyAt, DaysToFirstReply, CreatedAt, UpdatedAt, Version)
SELECT d.id, d.letter_id, d.recipient_id,
    CASE WHEN d.status = 'Draft' THEN NULL WHEN (d.roll >> 8) % 100 < 70 THEN 'Email' WHEN (d.roll >> 8) % 100 < 85 THEN 'Post'
        WHEN (d.roll >> 8) % 100 < 95 THEN 'Portal' ELSE 'Hand' END,
    d.sent_ms * 10000 + 621355968000000000,
    CASE WHEN d.status <> 'Draft' AND (d.roll >> 8) % 100 >= 70 AND (d.roll >> 8) % 100 < 85 THEN printf('RR%09dDE', d.ln * 100 + d.k) END,
    d.status,
    date(d.sent_ms / 1000, 'unixepoch', printf('+%d days', d.window_days)),
    NULL,
    CASE WHEN d.status IN ('Acknowledged', 'Responded', 'Referred', 'Declined') THEN d.reply_ms * 10000 + 621355968000000000 END,
    CASE WHEN d.status IN ('Acknowledged', 'Responded', 'Referred', 'Declined')
        THEN CAST(julianday(date(d.reply_ms / 1000, 'unixepoch')) - julianday(date(d.sent_ms / 1000, 'unixepoch')) AS INTEGER) END,
    d.letter_ms * 10000 + 621355968000000000,
    coalesce(CASE WHEN d.status NOT IN ('Draft', 'Sent') THEN d.reply_ms END, d.letter_ms) * 10000 + 621355968000000000,
    CASE WHEN d.status IN ('Draft', 'Sent') THEN 1 ELSE 2 END
FROM d ORDER BY d.id;

-- step: dispatch events
-- A share of the sent dispatches carry their history: sent, delivered (halfway to the reply, at
-- most 12 hours after sending), the answer or the closing, and a follow-up once overdue.
CREATE TEMP TABLE e AS
SELECT id AS dispatch_id, 'Sent' AS type, sent_ms AS at_ms, NULL AS note, NULL AS summary FROM d
    WHERE status <> 'Draft' AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, 'Delivered', sent_ms + min(43200000, (reply_ms - sent_ms) / 2), NULL, NULL FROM d
    WHERE status IN ('Delivered', 'Acknowledged', 'Responded', 'Referred', 'Declined') AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, status, reply_ms, NULL,
    CASE status WHEN 'Responded' THEN 'The office thanked the signatories and said it would raise the matter of minefield maps with the parties.'
        WHEN 'Declined' THEN 'The body replied that the matter falls outside its mandate.'
        WHEN 'Referred' THEN 'Forwarded to the regional office.' ELSE 'Receipt confirmed by e-mail.' END
    FROM d WHERE status IN ('Acknowledged', 'Responded', 'Referred', 'Declined') AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, 'Closed', reply_ms, 'No answer; closed by the signatories.', NULL FROM d
    WHERE status = 'Closed' AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, 'FollowUpSent', sent_ms + (window_days + 2) * 86400000, 'Reminder sent: no reply within the deadline.', NULL FROM d
    WHERE status IN ('Sent', 'Delivered', 'Acknowledged') AND sent_ms + (window_days + 2) * 86400000 < now_ms
    AND (roll >> 16) % 100 < (SELECT event_share FROM p);
ALTER TABLE e ADD COLUMN id TEXT;
UPDATE e SET id = printf('%08X-%04X-7%03X-%04X-%012X', at_ms >> 16, at_ms & 65535, random() & 4095,
    32768 | (random() & 16383), random() & 281474976710655);
INSERT INTO DispatchEvents (Id, DispatchId, Type, At, Note, ResponseSummary, SourceId, ReferredToRecipientId, CreatedAt, UpdatedAt, Version)
SELECT id, dispatch_id, type, at_ms * 10000 + 621355968000000000, note, summary, NULL, NULL,
    at_ms * 10000 + 621355968000000000, at_ms * 10000 + 621355968000000000, 1
FROM e ORDER BY id;
