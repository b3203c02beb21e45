-- The PostgreSQL version of generate.sql: the same data shape, written into a database the app's own
-- PostgreSQL migrations created (tables, indexes, check constraints and the triggers they define, which
-- fire on these inserts). Formats are the Npgsql model's: ids uuid (version 7, time-ordered), instants
-- timestamptz, dates date, enums by their C# name as text, lists text[]. Keep the two files in step.
-- Parameters: $letters, $perLetter, $recipients, $organisations, $eventShare. Randomness is drawn once
-- into temp tables, as in generate.sql. Each "-- step:" runs as one batch in a transaction of its own;
-- a step that uses $from and $to (letter numbers, from inclusive, to exclusive) is run once per chunk
-- of letters, a transaction each (see Program.cs). Temp tables and functions last for the session.

-- step: parameters
SET TimeZone = 'UTC';
CREATE TEMP TABLE p AS SELECT
    $letters::bigint AS letters, $perLetter::bigint AS per_letter, $recipients::bigint AS recipients,
    $organisations::bigint AS organisations, 200::bigint AS incidents, 20::bigint AS figures, $eventShare::bigint AS event_share,
    -- Letters are spread from 1 January 2024 to an hour ago; drafts cluster among the newest.
    extract(epoch FROM timestamptz '2024-01-01 00:00:00+00')::bigint * 1000 AS start_ms,
    (floor(extract(epoch FROM now()))::bigint - 3600) * 1000 AS end_ms,
    floor(extract(epoch FROM now()))::bigint * 1000 AS now_ms,
    86400000::bigint AS day_ms;
-- A UUIDv7 for an instant in ms: 48-bit time, version 7, variant 10, random rest.
CREATE FUNCTION pg_temp.uuid7(ms bigint) RETURNS uuid LANGUAGE sql VOLATILE AS $f$
    SELECT (lpad(to_hex(ms), 12, '0') || '7' || lpad(to_hex(floor(random() * 4096)::int), 3, '0')
        || to_hex(32768 | floor(random() * 16384)::int) || lpad(to_hex(floor(random() * 281474976710656)::bigint), 12, '0'))::uuid
$f$;
CREATE FUNCTION pg_temp.at(ms bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS $f$
    SELECT timestamptz '1970-01-01 00:00:00+00' + ms * interval '1 millisecond'
$f$;
CREATE FUNCTION pg_temp.day(ms bigint) RETURNS date LANGUAGE sql IMMUTABLE AS $f$
    SELECT ((timestamptz '1970-01-01 00:00:00+00' + ms * interval '1 millisecond') AT TIME ZONE 'UTC')::date
$f$;
-- printf('%0Nd') of generate.sql: zero-padded to at least N digits.
CREATE FUNCTION pg_temp.pad(n bigint, width int) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
    SELECT CASE WHEN length(n::text) >= width THEN n::text ELSE lpad(n::text, width, '0') END
$f$;
CREATE TEMP TABLE seq AS SELECT n FROM generate_series(0::bigint,
    (SELECT greatest(letters, recipients, organisations, incidents, per_letter) FROM p) - 1) AS g(n);
ALTER TABLE seq ADD PRIMARY KEY (n);
CREATE TEMP TABLE place (i bigint PRIMARY KEY, city text, country text);
INSERT INTO place VALUES (0, 'Berlin', 'Germany'), (1, 'Paris', 'France'), (2, 'Prague', 'Czechia'),
    (3, 'Budapest', 'Hungary'), (4, 'Brussels', 'Belgium'), (5, 'The Hague', 'Netherlands'),
    (6, 'Geneva', 'Switzerland'), (7, 'Vienna', 'Austria'), (8, 'Washington', 'United States'),
    (9, 'London', 'United Kingdom');
CREATE TEMP TABLE district (i bigint PRIMARY KEY, name text, aliases text[]);
INSERT INTO district VALUES (0, 'Aghdam', ARRAY['Agdam']), (1, 'Jabrayil', ARRAY['Jabrail']), (2, 'Fuzuli', '{}'),
    (3, 'Kalbajar', '{}'), (4, 'Lachin', '{}'), (5, 'Tartar', '{}'), (6, 'Khojavend', '{}'),
    (7, 'Zangilan', '{}'), (8, 'Gubadli', '{}'), (9, 'Shusha', '{}');
ANALYZE p; ANALYZE seq; ANALYZE place; ANALYZE district;

-- step: organisations
CREATE TEMP TABLE o AS SELECT n, (SELECT start_ms FROM p) - 86400000 - ((SELECT organisations FROM p) - n) * 1000 AS ms
    FROM seq WHERE n < (SELECT organisations FROM p);
ALTER TABLE o ADD COLUMN id uuid;
UPDATE o SET id = pg_temp.uuid7(ms);
ALTER TABLE o ADD PRIMARY KEY (n);
ANALYZE o;
INSERT INTO "Organisations" ("Id", "Name", "Aliases", "Kind", "City", "Country", "Website", "Email", "CreatedAt", "UpdatedAt", "Version")
SELECT o.id, format('Azerbaijani Community of %s %s', pl.city, pg_temp.pad(o.n, 3)),
    CASE WHEN o.n % 7 = 0 THEN ARRAY['ACC-' || pg_temp.pad(o.n, 3)] ELSE '{}'::text[] END,
    CASE o.n % 20 WHEN 0 THEN 'GovernmentBody' WHEN 1 THEN 'Other' ELSE 'DiasporaOrganisation' END,
    CASE WHEN o.n % 9 = 0 THEN NULL ELSE pl.city END, pl.country,
    format('https://community%s.example.org', pg_temp.pad(o.n, 3)), format('office@community%s.example.org', pg_temp.pad(o.n, 3)),
    pg_temp.at(o.ms), pg_temp.at(o.ms), 1
FROM o JOIN place pl ON pl.i = o.n % 10 ORDER BY o.id;

-- step: recipients
-- A tenth are top-level bodies (UN agencies, EU institutions, ...); the rest their national
-- delegations and branches. A quarter have no reply window of their own (the configured default).
CREATE TEMP TABLE r AS SELECT n, (SELECT start_ms FROM p) - 3600000 - ((SELECT recipients FROM p) - n) * 1000 AS ms,
    n % 5 AS kind, n < greatest(1, (SELECT recipients FROM p) / 10) AS top,
    n % greatest(1, (SELECT recipients FROM p) / 10) AS parent,
    CASE n % 4 WHEN 0 THEN NULL WHEN 1 THEN 30 WHEN 2 THEN 60 ELSE 14 END AS response_days
    FROM seq WHERE n < (SELECT recipients FROM p);
ALTER TABLE r ADD COLUMN id uuid;
UPDATE r SET id = pg_temp.uuid7(ms);
ALTER TABLE r ADD PRIMARY KEY (n);
ANALYZE r;
INSERT INTO "Recipients" ("Id", "Name", "Acronym", "Kind", "ParentId", "Country", "Email", "ResponseDays", "CreatedAt", "UpdatedAt", "Version")
SELECT r.id,
    CASE WHEN r.top THEN format('%s %s', CASE r.kind WHEN 0 THEN 'United Nations Office' WHEN 1 THEN 'European Union Directorate'
        WHEN 2 THEN 'Intergovernmental Commission' WHEN 3 THEN 'Human Rights Watch Group' ELSE 'International Newsroom' END, pg_temp.pad(r.n, 3))
    ELSE format('Delegation %s in %s', pg_temp.pad(r.n, 4), pl.country) END,
    CASE WHEN r.top THEN (CASE r.kind WHEN 0 THEN 'UNO' WHEN 1 THEN 'EUD' WHEN 2 THEN 'IGC' WHEN 3 THEN 'HRW' ELSE 'INR' END) || pg_temp.pad(r.n, 3) END,
    CASE r.kind WHEN 0 THEN 'UnAgency' WHEN 1 THEN 'EuInstitution' WHEN 2 THEN 'Intergovernmental' WHEN 3 THEN 'Ngo' ELSE 'Media' END,
    CASE WHEN r.top THEN NULL ELSE parent.id END,
    CASE WHEN r.top THEN NULL ELSE pl.country END,
    format('letters%s@recipient.example.org', pg_temp.pad(r.n, 4)), r.response_days,
    pg_temp.at(r.ms), pg_temp.at(r.ms), 1
FROM r JOIN place pl ON pl.i = r.n % 10 LEFT JOIN r parent ON parent.n = r.parent ORDER BY r.id;

-- step: incidents and casualty figures
CREATE TEMP TABLE i AS SELECT n,
    (SELECT start_ms + n * (end_ms - start_ms) / incidents - 2 * day_ms FROM p) AS ms
    FROM seq WHERE n < (SELECT incidents FROM p);
ALTER TABLE i ADD COLUMN id uuid;
UPDATE i SET id = pg_temp.uuid7(ms);
ALTER TABLE i ADD PRIMARY KEY (n);
ANALYZE i;
INSERT INTO "Incidents" ("Id", "Title", "Kind", "Country", "District", "DistrictAliases", "Place", "OccurredFrom", "OccurredTo",
    "Killed", "Injured", "Civilian", "Description", "CreatedAt", "UpdatedAt", "Version")
SELECT i.id, format('Landmine explosion %s in the %s district', pg_temp.pad(i.n, 3), d.name), 'LandmineExplosion', 'Azerbaijan',
    d.name, d.aliases, CASE WHEN i.n % 3 = 0 THEN NULL ELSE 'near village ' || pg_temp.pad(i.n, 3) END,
    pg_temp.day(i.ms - 86400000), pg_temp.day(i.ms - 86400000 * (i.n % 2)),
    CASE i.n % 3 WHEN 0 THEN NULL ELSE i.n % 3 - 1 END, CASE i.n % 4 WHEN 0 THEN NULL ELSE i.n % 4 END,
    CASE WHEN i.n % 5 = 0 THEN NULL ELSE true END,
    format('A civilian vehicle struck an anti-tank mine in the %s district; de-mining agencies report the area was not on any map handed over.', d.name),
    pg_temp.at(i.ms), pg_temp.at(i.ms), 1
FROM i JOIN district d ON d.i = i.n % 10 ORDER BY i.id;
CREATE TEMP TABLE f AS SELECT n, (SELECT start_ms FROM p) - 7200000 + n * 1000 AS ms
    FROM seq WHERE n < (SELECT figures FROM p);
ALTER TABLE f ADD COLUMN id uuid;
UPDATE f SET id = pg_temp.uuid7(ms);
ALTER TABLE f ADD PRIMARY KEY (n);
ANALYZE f;
INSERT INTO "CasualtyFigures" ("Id", "Description", "Measure", "Value", "PeriodFrom", "AsOf", "ReportedBy", "CreatedAt", "UpdatedAt", "Version")
SELECT f.id, format('Azerbaijanis killed or injured by mines since November 2020 (report %s)', pg_temp.pad(f.n, 2)),
    CASE f.n % 3 WHEN 0 THEN 'Killed' WHEN 1 THEN 'Injured' ELSE 'KilledOrInjured' END, 300 + f.n * 5, '2020-11',
    date '2024-01-01' + (f.n * 30)::int, 'ANAMA',
    pg_temp.at(f.ms), pg_temp.at(f.ms), 1
FROM f ORDER BY f.id;

-- step: letter plan
CREATE TEMP TABLE l AS SELECT n, (SELECT start_ms + n * (end_ms - start_ms) / letters FROM p) AS ms,
    floor(random() * 4294967296)::bigint AS roll, floor(random() * 4294967296)::bigint AS roll2
    FROM seq WHERE n < (SELECT letters FROM p);
ALTER TABLE l ADD COLUMN id uuid;
ALTER TABLE l ADD COLUMN status text;
UPDATE l SET id = pg_temp.uuid7(ms),
    -- 3% drafts, half of the newest 2%; 12% closed among the older 90%; the rest sent.
    status = CASE WHEN roll % 100 < 3 OR (n >= (SELECT letters FROM p) * 98 / 100 AND roll % 100 < 50) THEN 'Draft'
        WHEN roll % 100 >= 88 AND n < (SELECT letters FROM p) * 9 / 10 THEN 'Closed' ELSE 'Sent' END;
ALTER TABLE l ADD PRIMARY KEY (n);
ANALYZE l;

-- step: letters
INSERT INTO "Letters" ("Id", "Subject", "Summary", "Body", "Language", "Demands", "SentOn", "SentFrom", "SentTo", "Status", "CreatedAt", "UpdatedAt", "Version")
SELECT l.id, format('Protest letter %s on the landmine explosion in the %s district', pg_temp.pad(l.n, 6), d.name),
    format('Diaspora organisations in %s call on international bodies to act after the mine explosion in %s, recalling that %s people were killed or injured by mines since November 2020 and that complete minefield maps have not been handed over.',
        pl.country, d.name, 300 + l.n % 100),
    -- One letter in ten has its own text at hand (about 1 KB).
    CASE WHEN (l.roll2 >> 8) % 10 = 0 THEN format('Dear Sir or Madam, %s %s %s %s Yours faithfully.',
        'We write to you on behalf of the undersigned diaspora organisations about the landmine explosion in the ' || d.name || ' district.',
        'Since the end of the war in November 2020, hundreds of civilians, de-miners and journalists have been killed or injured by mines laid in the formerly occupied territories, and the maps handed over so far are incomplete and inaccurate.',
        'We ask you to use your mandate to call for the immediate handover of complete minefield maps, to support humanitarian de-mining with funding and expertise, and to state publicly that laying mines in civilian areas violates international humanitarian law.',
        'We would be grateful for a reply setting out the steps you intend to take, and we remain at your disposal for any further information on the victims and their families.') END,
    CASE l.roll2 % 10 WHEN 0 THEN 'de' WHEN 1 THEN 'fr' WHEN 2 THEN NULL ELSE 'en' END,
    CASE (l.roll2 >> 4) % 3 WHEN 0 THEN ARRAY['immediate action']
        WHEN 1 THEN ARRAY['immediate action', 'accountability and international legal action']
        ELSE ARRAY['complete minefield maps', 'support for humanitarian de-mining', 'accountability and international legal action'] END,
    -- One sent letter in twenty is known only by a window ("sent between ... and ..."), like the seed's.
    CASE WHEN l.status <> 'Draft' AND (l.roll2 >> 12) % 20 <> 0 THEN pg_temp.day(l.ms) END,
    CASE WHEN l.status <> 'Draft' AND (l.roll2 >> 12) % 20 = 0 THEN pg_temp.day(l.ms) - 6 END,
    CASE WHEN l.status <> 'Draft' AND (l.roll2 >> 12) % 20 = 0 THEN pg_temp.day(l.ms) END,
    l.status, pg_temp.at(l.ms), pg_temp.at(l.ms), 1
FROM l JOIN district d ON d.i = (l.n * (SELECT incidents FROM p) / (SELECT letters FROM p)) % 10
    JOIN place pl ON pl.i = l.roll2 % 10
WHERE l.n >= $from AND l.n < $to
ORDER BY l.id;

-- step: letter signatories, incidents and figures
-- One to four co-signing organisations, distinct by construction (a stride of a quarter of them,
-- plus one so that co-signers differ in city and kind).
INSERT INTO "LetterSignatories" ("LetterId", "OrganisationId")
SELECT l.id, o.id FROM l JOIN seq j ON j.n <= (l.roll >> 8) % 4
    JOIN o ON o.n = ((l.roll >> 10) % (SELECT organisations FROM p) + j.n * ((SELECT organisations FROM p) / 4 + 1)) % (SELECT organisations FROM p)
WHERE l.n >= $from AND l.n < $to
ORDER BY l.id, o.id;
-- Each letter is about the incident of its time; three in ten quote a casualty figure.
INSERT INTO "LetterIncidents" ("IncidentId", "LetterId")
SELECT i.id, l.id FROM l JOIN i ON i.n = l.n * (SELECT incidents FROM p) / (SELECT letters FROM p)
WHERE l.n >= $from AND l.n < $to ORDER BY i.id, l.id;
INSERT INTO "LetterCasualtyFigures" ("CasualtyFigureId", "LetterId")
SELECT f.id, l.id FROM l JOIN f ON f.n = l.n % (SELECT figures FROM p) WHERE (l.roll >> 16) % 10 < 3
    AND l.n >= $from AND l.n < $to ORDER BY f.id, l.id;

-- step: dispatch plan
-- perLetter recipients per letter, distinct by construction; the status spread, reply delays and
-- windows of generate.sql (see there).
CREATE TEMP TABLE d0 AS SELECT l.n AS ln, k.n AS k, floor(random() * 4294967296)::bigint AS roll, floor(random() * 4294967296)::bigint AS roll2
    FROM l JOIN seq k ON k.n < (SELECT per_letter FROM p);
CREATE TEMP TABLE d AS SELECT x.*,
    CASE WHEN x.status = 'Draft' THEN NULL ELSE x.sent_ms + least(x.delay_ms, (x.now_ms - x.sent_ms) * 9 / 10) END AS reply_ms
FROM (SELECT d0.ln, d0.k, d0.roll, d0.roll2, l.id AS letter_id, l.ms AS letter_ms, r.id AS recipient_id,
        coalesce(r.response_days, 30)::bigint AS window_days, p.now_ms,
        CASE WHEN l.status = 'Draft' THEN NULL ELSE l.ms + 60000 * d0.k + d0.roll2 % 600000 END AS sent_ms,
        (1 + d0.roll2 % 45) * 86400000 + (d0.roll2 >> 10) % 36000000 AS delay_ms,
        CASE WHEN l.status = 'Draft' THEN 'Draft'
            WHEN l.status = 'Closed' THEN CASE WHEN d0.roll % 100 < 40 THEN 'Responded' WHEN d0.roll % 100 < 50 THEN 'Referred'
                WHEN d0.roll % 100 < 70 THEN 'Declined' ELSE 'Closed' END
            ELSE CASE WHEN d0.roll % 100 < 22 THEN 'Sent' WHEN d0.roll % 100 < 35 THEN 'Delivered'
                WHEN d0.roll % 100 < 45 THEN 'Acknowledged' WHEN d0.roll % 100 < 70 THEN 'Responded'
                WHEN d0.roll % 100 < 76 THEN 'Referred' WHEN d0.roll % 100 < 86 THEN 'Declined' ELSE 'Closed' END
        END AS status
    FROM d0 JOIN l ON l.n = d0.ln CROSS JOIN p
    JOIN r ON r.n = ((l.roll >> 12) % p.recipients + d0.k * (p.recipients / p.per_letter + 1)) % p.recipients) x;
DROP TABLE d0;
ALTER TABLE d ADD COLUMN id uuid;
-- Created with its letter, so ids follow the letter's: id order is creation order, as in the app.
UPDATE d SET id = pg_temp.uuid7(letter_ms + 1 + k);
CREATE INDEX d_ln ON d (ln);
ANALYZE d;

-- step: dispatches
INSERT INTO "Dispatches" ("Id", "LetterId", "RecipientId", "Channel", "SentAt", "DeliveryRef", "Status", "DueOn", "ReferredFromDispatchId",
    "FirstReplyAt", "DaysToFirstReply", "CreatedAt", "UpdatedAt", "Version")
SELECT d.id, d.letter_id, d.recipient_id,
    CASE WHEN d.status = 'Draft' THEN NULL WHEN (d.roll >> 8) % 100 < 70 THEN 'Email' WHEN (d.roll >> 8) % 100 < 85 THEN 'Post'
        WHEN (d.roll >> 8) % 100 < 95 THEN 'Portal' ELSE 'Hand' END,
    pg_temp.at(d.sent_ms),
    CASE WHEN d.status <> 'Draft' AND (d.roll >> 8) % 100 >= 70 AND (d.roll >> 8) % 100 < 85 THEN 'RR' || pg_temp.pad(d.ln * 100 + d.k, 9) || 'DE' END,
    d.status,
    pg_temp.day(d.sent_ms) + d.window_days::int,
    NULL,
    CASE WHEN d.status IN ('Acknowledged', 'Responded', 'Referred', 'Declined') THEN pg_temp.at(d.reply_ms) END,
    CASE WHEN d.status IN ('Acknowledged', 'Responded', 'Referred', 'Declined') THEN pg_temp.day(d.reply_ms) - pg_temp.day(d.sent_ms) END,
    pg_temp.at(d.letter_ms),
    pg_temp.at(coalesce(CASE WHEN d.status NOT IN ('Draft', 'Sent') THEN d.reply_ms END, d.letter_ms)),
    CASE WHEN d.status IN ('Draft', 'Sent') THEN 1 ELSE 2 END
FROM d WHERE d.ln >= $from AND d.ln < $to ORDER BY d.id;

-- step: dispatch event plan
-- A share of the sent dispatches carry their history: sent, delivered (halfway to the reply, at
-- most 12 hours after sending), the answer or the closing, and a follow-up once overdue.
CREATE TEMP TABLE e AS
SELECT id AS dispatch_id, ln, 'Sent'::text AS type, sent_ms AS at_ms, NULL::text AS note, NULL::text AS summary FROM d
    WHERE status <> 'Draft' AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, ln, 'Delivered', sent_ms + least(43200000, (reply_ms - sent_ms) / 2), NULL, NULL FROM d
    WHERE status IN ('Delivered', 'Acknowledged', 'Responded', 'Referred', 'Declined') AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, ln, status, reply_ms, NULL,
    CASE status WHEN 'Responded' THEN 'The office thanked the signatories and said it would raise the matter of minefield maps with the parties.'
        WHEN 'Declined' THEN 'The body replied that the matter falls outside its mandate.'
        WHEN 'Referred' THEN 'Forwarded to the regional office.' ELSE 'Receipt confirmed by e-mail.' END
    FROM d WHERE status IN ('Acknowledged', 'Responded', 'Referred', 'Declined') AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, ln, 'Closed', reply_ms, 'No answer; closed by the signatories.', NULL FROM d
    WHERE status = 'Closed' AND (roll >> 16) % 100 < (SELECT event_share FROM p)
UNION ALL
SELECT id, ln, 'FollowUpSent', sent_ms + (window_days + 2) * 86400000, 'Reminder sent: no reply within the deadline.', NULL FROM d
    WHERE status IN ('Sent', 'Delivered', 'Acknowledged') AND sent_ms + (window_days + 2) * 86400000 < now_ms
    AND (roll >> 16) % 100 < (SELECT event_share FROM p);
ALTER TABLE e ADD COLUMN id uuid;
UPDATE e SET id = pg_temp.uuid7(at_ms);
CREATE INDEX e_ln ON e (ln);
ANALYZE e;

-- step: dispatch events
INSERT INTO "DispatchEvents" ("Id", "DispatchId", "Type", "At", "Note", "ResponseSummary", "SourceId", "ReferredToRecipientId", "CreatedAt", "UpdatedAt", "Version")
SELECT id, dispatch_id, type, pg_temp.at(at_ms), note, summary, NULL, NULL, pg_temp.at(at_ms), pg_temp.at(at_ms), 1
FROM e WHERE e.ln >= $from AND e.ln < $to ORDER BY id;
