PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261122052737_Initial','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122060529_RecipientNamesUniqueAtTopLevel','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122063927_DispatchTracking','10.0.14');
INSERT INTO __EFMigrationsHistory VALUES('20261122063946_SearchIndex','10.0.14');
CREATE TABLE IF NOT EXISTS "AppliedSeeds" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_AppliedSeeds" PRIMARY KEY,
    "AppliedAt" INTEGER NOT NULL
);
INSERT INTO AppliedSeeds VALUES('reports/2025-04-aghdam-jabrayil',639318795049621064);
CREATE TABLE IF NOT EXISTS "CasualtyFigures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CasualtyFigures" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "Measure" TEXT NOT NULL,
    "Value" INTEGER NOT NULL,
    "PeriodFrom" TEXT NULL,
    "AsOf" TEXT NULL,
    "ReportedBy" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_CasualtyFigures_Value" CHECK ("Value" >= 0)
);
INSERT INTO CasualtyFigures VALUES('01A23ACA-E3CE-7FDF-8094-704BF101A090','Azerbaijanis killed or injured in mine explosions since the end of the Second Garabagh War in November 2020','KilledOrInjured',393,'2020-11','2025-04-14',NULL,639318795049711586,639318795049711586,1);
INSERT INTO CasualtyFigures VALUES('01A23ACB-01C4-78C6-8B6B-68B57612E2C0','Killed or injured by mines in Füzuli in March 2025 (fixture)','KilledOrInjured',3,'2025-03','2025-03-31','district office',639318795125166398,639318795125166398,1);
CREATE TABLE IF NOT EXISTS "Incidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Incidents" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "District" TEXT NOT NULL,
    "DistrictAliases" TEXT NOT NULL,
    "Place" TEXT NULL,
    "OccurredFrom" TEXT NOT NULL,
    "OccurredTo" TEXT NOT NULL,
    "Killed" INTEGER NULL,
    "Injured" INTEGER NULL,
    "Civilian" INTEGER NULL,
    "Description" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Incidents_Injured" CHECK ("Injured" IS NULL OR "Injured" >= 0),
    CONSTRAINT "CK_Incidents_Killed" CHECK ("Killed" IS NULL OR "Killed" >= 0),
    CONSTRAINT "CK_Incidents_OccurredRange" CHECK ("OccurredFrom" <= "OccurredTo")
);
INSERT INTO Incidents VALUES('01A23ACA-E3E6-7C6C-9988-273C3BCC4AFD','Mine explosions in the Aghdam district','LandmineExplosion','Azerbaijan','Aghdam','["Agdam"]',NULL,'2025-04-06','2025-04-07',NULL,NULL,NULL,'Mine explosions in the Aghdam district of Azerbaijan on 6–7 April 2025, which the diaspora''s protest letters followed. Azernews calls them deadly; neither report gives casualty numbers or says on which of the two days each explosion happened.',639318795049711586,639318795049711586,1);
INSERT INTO Incidents VALUES('01A23ACA-E3FF-79FC-8BB8-62C5F01439C9','Mine explosions in the Jabrayil district','LandmineExplosion','Azerbaijan','Jabrayil','[]',NULL,'2025-04-06','2025-04-07',NULL,NULL,NULL,'Mine explosions in the Jabrayil district of Azerbaijan on 6–7 April 2025, which the diaspora''s protest letters followed. Azernews calls them deadly; neither report gives casualty numbers or says on which of the two days each explosion happened.',639318795049711586,639318795049711586,1);
INSERT INTO Incidents VALUES('01A23ACA-FF82-7DBE-814F-3E03CBC95A9A','Upgrade fixture: mine explosion near Füzuli','LandmineExplosion','Azerbaijan','Füzuli','["Fizuli"]','Horadiz road','2025-03-01','2025-03-02',1,2,1,'An anti-tank mine exploded under a lorry — the fixture’s incident, with “typographic” quotes.',639318795119460373,639318795119460373,1);
INSERT INTO Incidents VALUES('01A23ACB-006F-7386-BC86-5D52D1ABC293','Upgrade fixture: ordnance found in Tartar','Other','Azerbaijan','Tartar','["Terter"]',NULL,'2025-02-10','2025-02-11',NULL,NULL,NULL,'Unexploded ordnance reported by farmers; cleared by ANAMA the next day.',639318795121756244,639318795131156001,2);
CREATE TABLE IF NOT EXISTS "Letters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Letters" PRIMARY KEY,
    "Subject" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "Body" TEXT NULL,
    "Language" TEXT NULL,
    "Demands" TEXT NOT NULL,
    "SentOn" TEXT NULL,
    "SentFrom" TEXT NULL,
    "SentTo" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Letters_SentRange" CHECK ("SentFrom" IS NULL OR "SentTo" IS NULL OR "SentFrom" <= "SentTo")
);
INSERT INTO Letters VALUES('01A23ACA-E2BD-70F9-A81E-622CD2AEF324','Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025','The letters protest the mine explosions in the Aghdam and Jabrayil districts on 6–7 April 2025 and the continued threat of landmines in Azerbaijan''s liberated territories. They stress that Armenia''s refusal to hand over complete minefield maps continues to put innocent lives at risk and urge international bodies to act. In the same protests, diaspora representatives highlighted that 393 Azerbaijanis have been killed or injured by mines since November 2020, and the supporting organisations urged the international community not to ignore Armenia''s military provocations. Azernews names five supporting diaspora organisations "and others"; those five are recorded as the letters'' signatories, the closest either report comes to naming who signed.',NULL,NULL,'["immediate action","address the humanitarian crisis stemming from Armenia\u2019s actions"]',NULL,'2025-04-06','2025-04-14','Sent',639318795049711586,639318795049711586,1);
INSERT INTO Letters VALUES('01A23ACB-02CE-73A2-9A30-AB0970CBF3DF','Upgrade fixture: protest after the Horadiz road explosion','Asks for minefield maps.','We write to protest the explosion on the Horadiz road…','en','["hand over minefield maps","fund clearance"]',NULL,'2025-03-05','2025-03-06','Sent',639318795127837815,639318795127837815,1);
INSERT INTO Letters VALUES('01A23ACB-0340-745B-9A29-A092F3E61E53','Upgrade fixture: follow-up to the gazette',NULL,NULL,NULL,'[]','2025-03-20',NULL,NULL,'Sent',639318795128977303,639318795128977303,1);
INSERT INTO Letters VALUES('01A23ACB-034F-7B39-9B53-109409C13A34','Upgrade fixture: draft, not sent yet',NULL,NULL,NULL,'["a reply"]',NULL,NULL,NULL,'Draft',639318795129119480,639318795129119480,1);
CREATE TABLE IF NOT EXISTS "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Aliases" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "City" TEXT NULL,
    "Country" TEXT NULL,
    "Website" TEXT NULL,
    "Email" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);
INSERT INTO Organisations VALUES('01A23ACA-E401-7BC0-9357-F2784270CDBE','Prague Azerbaijani Culture House','[]','DiasporaOrganisation',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Organisations VALUES('01A23ACA-E413-7208-A1D6-D9A9596D2393','Hungarian Azerbaijan House','[]','DiasporaOrganisation',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Organisations VALUES('01A23ACA-E413-7353-8916-7FF54F7BF503','Bremen Azerbaijani Culture House','[]','DiasporaOrganisation',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Organisations VALUES('01A23ACA-E413-78BD-8A4C-6BCF633070B6','European Azerbaijan Center','[]','DiasporaOrganisation',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Organisations VALUES('01A23ACA-E413-7C50-BFAD-01A67D4B4576','Azerbaijani Society in Barcelona','[]','DiasporaOrganisation',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Organisations VALUES('01A23ACA-E441-7177-B581-8900E9BD7084','State Committee for Work with Diaspora','[]','GovernmentBody',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Organisations VALUES('01A23ACB-0093-7E03-973E-4D14217D1C6C','Upgrade Fixture Diaspora Council','["UFDC","F\u00F6reningen Uppgradering"]','DiasporaOrganisation','Göteborg','Sweden','https://ufdc.example.org','office@ufdc.example.org',639318795122117778,639318795122117778,1);
INSERT INTO Organisations VALUES('01A23ACB-00CC-714F-B171-2903D12FFAFE','Upgrade Fixture Ministry Liaison','[]','GovernmentBody','Baku','Azerbaijan',NULL,NULL,639318795122687324,639318795131422847,2);
CREATE TABLE IF NOT EXISTS "Recipients" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Recipients" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Acronym" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "Country" TEXT NULL,
    "Email" TEXT NULL,
    "ResponseDays" INTEGER NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Recipients_ResponseDays" CHECK ("ResponseDays" IS NULL OR "ResponseDays" > 0),
    CONSTRAINT "FK_Recipients_Recipients_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Recipients" ("Id") ON DELETE RESTRICT
);
INSERT INTO Recipients VALUES('01A23ACA-E396-7F97-B270-9BBA0F45B2C6','UN Mine Action Service','UNMAS','UnAgency',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3C6-747C-BAFF-2D80C844D245','Office of the High Commissioner for Human Rights','OHCHR','UnAgency',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3C6-7E02-B46E-9ACCEB657674','European External Action Service','EEAS','EuInstitution',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3C9-7768-AB5F-5B564E83ABFA','OSCE','OSCE','Intergovernmental',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CA-7976-A559-043105833510','International Campaign to Ban Landmines','ICBL','Ngo',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CB-7209-9D65-FF51305E8F1C','BBC News',NULL,'Media',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CB-75D5-B3BD-31228DB6C375','Human Rights Watch',NULL,'Ngo',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CB-7F33-9CD5-33796FACDB9B','Amnesty International',NULL,'Ngo',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CC-7269-AACB-7B85B89DC4D6','Deutsche Welle',NULL,'Media',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CC-776B-91B9-4CFAAC454200','France 24',NULL,'Media',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CC-779C-801A-293E092F5D83','The Guardian',NULL,'Media',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CC-7EF9-9DF0-7471D6521CA5','Al Jazeera English',NULL,'Media',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3C7-73BC-8E06-5E092771EF37','EEAS delegation in the United States',NULL,'EuInstitution','01A23ACA-E3C6-7E02-B46E-9ACCEB657674','United States',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3C9-71BA-88E2-DC604ACFFC29','Office for Democratic Institutions and Human Rights','ODIHR','Intergovernmental','01A23ACA-E3C9-7768-AB5F-5B564E83ABFA',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CB-79B9-B65E-745BA5C2BBD3','Amnesty International (Germany)',NULL,'Ngo','01A23ACA-E3CB-7F33-9CD5-33796FACDB9B','Germany',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACA-E3CB-7D55-A36A-40DC0D2F7F20','Human Rights Watch European Representative',NULL,'Ngo','01A23ACA-E3CB-75D5-B3BD-31228DB6C375',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Recipients VALUES('01A23ACB-00F9-75F1-ACE9-C6CB1EC4A320','Upgrade Fixture Assembly','UFA','Intergovernmental',NULL,'Switzerland','registry@ufa.example.org',21,639318795123147478,639318795123147478,1);
INSERT INTO Recipients VALUES('01A23ACB-014B-7200-8F57-F5B0BC729562','Upgrade Fixture Rapporteur',NULL,'Intergovernmental','01A23ACB-00F9-75F1-ACE9-C6CB1EC4A320',NULL,NULL,NULL,639318795123955778,639318795123955778,1);
INSERT INTO Recipients VALUES('01A23ACB-0155-7F0A-87E6-4F84DF4D8908','Upgrade Fixture Gazette',NULL,'Media',NULL,NULL,NULL,7,639318795124051377,639318795124051377,1);
CREATE TABLE IF NOT EXISTS "Sources" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY,
    "Title" TEXT NULL,
    "Outlet" TEXT NULL,
    "Author" TEXT NULL,
    "PublishedAt" TEXT NULL,
    "Attribution" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Url" TEXT NULL,
    "FileName" TEXT NULL,
    "FullText" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);
INSERT INTO Sources VALUES('01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','Azerbaijani diaspora in Europe sent letters to international organisations over Armenian landmine terror',NULL,'Khagan Isayev',NULL,'Caliber.Az reports','en',NULL,'000_b8178f21f73d572a.txt',replace('Azerbaijani diaspora in Europe sent letters to international organisations over Armenian landmine terror\nThe Azerbaijani diaspora in Europe has voiced strong protest following recent mine-related incidents in the Aghdam and Jabrayil districts on April 6–7, calling attention to Armenia''s ongoing landmine terror in the region.\nThe protests were sparked by the continued threat of landmines in Azerbaijan''s liberated territories, which has led to tragic consequences for innocent civilians, Caliber.Az reports.\nThe diaspora has sent protest letters to several key international bodies and media outlets, urging immediate action. The letters were addressed to the UN Mine Action Service (UNMAS), the Office of the High Commissioner for Human Rights (OHCHR), the European External Action Service (EEAS), its delegation in the United States, the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR), and the International Campaign to Ban Landmines (ICBL). Human Rights Watch representatives, Amnesty International’s German branch, and several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.\nThe diaspora''s protest emphasizes that the threat posed by landmines in Azerbaijan''s recently liberated territories remains unresolved. Despite the risks, Armenia has refused to share landmine maps, which the Azerbaijani side argues could significantly reduce casualties. The situation continues to endanger the lives of innocent civilians, particularly those in the affected areas.\nThe Azerbaijani government and diaspora have expressed deep concerns over the refusal to disclose the landmine maps, noting that it hinders efforts to clear the mines and ensure the safety of the local population. Azerbaijan has called on the international community to hold Armenia accountable for its failure to provide these vital documents, which are critical for the safe resettlement of displaced people and the rebuilding of the region.\nBy Khagan Isayev','\n',char(10)),639318795049711586,639318795049711586,1);
INSERT INTO Sources VALUES('01A23ACA-E36A-71CF-B1FD-B0685D9EA696',NULL,NULL,'Akbar Novruz','2025-04-14T12:03:00.0000000+04:00','Azernews reports, citing the State Committee for Work with Diaspora','en',NULL,'001_8014706026ff67a4.txt',replace(' date 2025-04-14 14 April 2025 12:03 (UTC+04:00)\n\nAkbar Novruz\n\nIn the aftermath of deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7, Azerbaijani diaspora organizations across Europe have launched protests condemning Armenia’s continued mine terrorism, Azernews reports, citing the State Committee for Work with Diaspora.\n\nThe diaspora activists sent formal protest letters to major international organizations, including the UN Mine Action Service (UNMAS), the Office of the High Commissioner for Human Rights (OHCHR), the European Union External Action Service (EEAS), the OSCE Office for Democratic Institutions and Human Rights (ODIHR), and prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative). Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.\n\nIn their appeals, the Azerbaijani communities expressed deep concern over the ongoing threat posed by mines in Azerbaijan’s liberated territories. The letters stressed that Armenia’s refusal to hand over complete minefield maps continues to put innocent lives at risk. The protestors condemned the international silence and urged global institutions to address the humanitarian crisis stemming from Armenia’s actions.\n\nSince the end of the Second Garabagh War in November 2020, 393 Azerbaijanis have been killed or injured due to mine explosions. Diaspora representatives highlighted this figure to underline the urgent need for accountability and international legal action.\n\nThe protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others. These groups collectively urged the international community not to ignore Armenia''s military provocations and to take concrete steps toward ensuring peace and security in the region.','\n',char(10)),639318795049711586,639318795049711586,1);
INSERT INTO Sources VALUES('01A23ACB-0164-7A94-B785-9146007178E5','Upgrade fixture report on Horadiz','Fixture Wire','Leyla Quliyeva','2025-03-03T10:15:00.0000000+04:00','Fixture Wire, citing the district office','en','https://wire.example.org/horadiz','horadiz.txt','An anti-tank mine exploded under a lorry on the Horadiz road. The district office counted one dead and two injured.',639318795124204311,639318795136455447,4);
INSERT INTO Sources VALUES('01A23ACB-017A-7D25-9E39-8EBC3DFB858C',NULL,NULL,NULL,NULL,'Press release of the Upgrade Fixture Diaspora Council','sv',NULL,NULL,'Rådet protesterar mot minorna i Füzuli.',639318795124429855,639318795136864245,3);
CREATE TABLE IF NOT EXISTS "LetterCasualtyFigures" (
    "CasualtyFigureId" TEXT NOT NULL,
    "LetterId" TEXT NOT NULL,
    CONSTRAINT "PK_LetterCasualtyFigures" PRIMARY KEY ("CasualtyFigureId", "LetterId"),
    CONSTRAINT "FK_LetterCasualtyFigures_CasualtyFigures_CasualtyFigureId" FOREIGN KEY ("CasualtyFigureId") REFERENCES "CasualtyFigures" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_LetterCasualtyFigures_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES "Letters" ("Id") ON DELETE CASCADE
);
INSERT INTO LetterCasualtyFigures VALUES('01A23ACA-E3CE-7FDF-8094-704BF101A090','01A23ACA-E2BD-70F9-A81E-622CD2AEF324');
INSERT INTO LetterCasualtyFigures VALUES('01A23ACB-01C4-78C6-8B6B-68B57612E2C0','01A23ACB-02CE-73A2-9A30-AB0970CBF3DF');
CREATE TABLE IF NOT EXISTS "LetterIncidents" (
    "IncidentId" TEXT NOT NULL,
    "LetterId" TEXT NOT NULL,
    CONSTRAINT "PK_LetterIncidents" PRIMARY KEY ("IncidentId", "LetterId"),
    CONSTRAINT "FK_LetterIncidents_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_LetterIncidents_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES "Letters" ("Id") ON DELETE CASCADE
);
INSERT INTO LetterIncidents VALUES('01A23ACA-E3E6-7C6C-9988-273C3BCC4AFD','01A23ACA-E2BD-70F9-A81E-622CD2AEF324');
INSERT INTO LetterIncidents VALUES('01A23ACA-E3FF-79FC-8BB8-62C5F01439C9','01A23ACA-E2BD-70F9-A81E-622CD2AEF324');
INSERT INTO LetterIncidents VALUES('01A23ACA-FF82-7DBE-814F-3E03CBC95A9A','01A23ACB-02CE-73A2-9A30-AB0970CBF3DF');
CREATE TABLE IF NOT EXISTS "LetterSignatories" (
    "LetterId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    CONSTRAINT "PK_LetterSignatories" PRIMARY KEY ("LetterId", "OrganisationId"),
    CONSTRAINT "FK_LetterSignatories_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES "Letters" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_LetterSignatories_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);
INSERT INTO LetterSignatories VALUES('01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E401-7BC0-9357-F2784270CDBE');
INSERT INTO LetterSignatories VALUES('01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E413-7208-A1D6-D9A9596D2393');
INSERT INTO LetterSignatories VALUES('01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E413-7353-8916-7FF54F7BF503');
INSERT INTO LetterSignatories VALUES('01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E413-78BD-8A4C-6BCF633070B6');
INSERT INTO LetterSignatories VALUES('01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E413-7C50-BFAD-01A67D4B4576');
INSERT INTO LetterSignatories VALUES('01A23ACB-02CE-73A2-9A30-AB0970CBF3DF','01A23ACB-0093-7E03-973E-4D14217D1C6C');
INSERT INTO LetterSignatories VALUES('01A23ACB-02CE-73A2-9A30-AB0970CBF3DF','01A23ACB-00CC-714F-B171-2903D12FFAFE');
CREATE TABLE IF NOT EXISTS "Citations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Citations" PRIMARY KEY,
    "SourceId" TEXT NOT NULL,
    "Quote" TEXT NOT NULL,
    "Field" TEXT NULL,
    "IncidentId" TEXT NULL,
    "CasualtyFigureId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "RecipientId" TEXT NULL,
    "LetterId" TEXT NULL,
    "DispatchId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Citations_BacksExactlyOneRecord" CHECK ((CASE WHEN "IncidentId" IS NULL THEN 0 ELSE 1 END
 + CASE WHEN "CasualtyFigureId" IS NULL THEN 0 ELSE 1 END
 + CASE WHEN "OrganisationId" IS NULL THEN 0 ELSE 1 END
 + CASE WHEN "RecipientId" IS NULL THEN 0 ELSE 1 END
 + CASE WHEN "LetterId" IS NULL THEN 0 ELSE 1 END
 + CASE WHEN "DispatchId" IS NULL THEN 0 ELSE 1 END) = 1),
    CONSTRAINT "FK_Citations_CasualtyFigures_CasualtyFigureId" FOREIGN KEY ("CasualtyFigureId") REFERENCES "CasualtyFigures" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_Dispatches_DispatchId" FOREIGN KEY ("DispatchId") REFERENCES "Dispatches" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES "Incidents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES "Letters" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Recipients" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Citations_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);
INSERT INTO Citations VALUES('01A23ACA-E321-7F91-9FD0-0900DA73CD0C','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','The diaspora has sent protest letters to several key international bodies and media outlets, urging immediate action.',NULL,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36A-7AAE-954C-5F14F82F00C1','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The diaspora activists sent formal protest letters to major international organizations',NULL,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36B-7168-AF08-09027CB4F417','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The letters stressed that Armenia’s refusal to hand over complete minefield maps continues to put innocent lives at risk.',NULL,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-70DD-9278-F764D1B08670','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','urged global institutions to address the humanitarian crisis stemming from Armenia’s actions','demands',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-711F-8227-3CB2C11011C7','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.','signatoryIds',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-7170-A219-48D8BA51790A','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7','sentFrom',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-7581-9343-A76CDA75BB82','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','date 2025-04-14','sentTo',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-76BC-BA6A-915D7AA1C88B','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','These groups collectively urged the international community not to ignore Armenia''s military provocations','summary',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-785B-8CAD-655A3C208BEC','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','urging immediate action','demands',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-7974-94A4-9BBD435C79E0','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','In their appeals, the Azerbaijani communities expressed deep concern over the ongoing threat posed by mines in Azerbaijan’s liberated territories.','summary',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E36C-7F87-8F3B-B3612B041759','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Diaspora representatives highlighted this figure','casualtyFigureIds',NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324',NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C3-7247-BECF-ADA5751997EE','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the UN Mine Action Service (UNMAS)',NULL,NULL,NULL,NULL,'01A23ACA-E396-7F97-B270-9BBA0F45B2C6',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C5-7C97-B4B0-D598D378AFD3','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the UN Mine Action Service (UNMAS)',NULL,NULL,NULL,NULL,'01A23ACA-E396-7F97-B270-9BBA0F45B2C6',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-70D4-93B2-59E35B8C5914','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the European External Action Service (EEAS)',NULL,NULL,NULL,NULL,'01A23ACA-E3C6-7E02-B46E-9ACCEB657674',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-7926-8AD5-4EFB7D01C937','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the Office of the High Commissioner for Human Rights (OHCHR)',NULL,NULL,NULL,NULL,'01A23ACA-E3C6-747C-BAFF-2D80C844D245',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-7E80-98B7-E69993A28FF0','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the European Union External Action Service (EEAS)',NULL,NULL,NULL,NULL,'01A23ACA-E3C6-7E02-B46E-9ACCEB657674',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-7EEB-8799-AAD4029DF7EA','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the Office of the High Commissioner for Human Rights (OHCHR)',NULL,NULL,NULL,NULL,'01A23ACA-E3C6-747C-BAFF-2D80C844D245',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CA-73B9-9A88-28A2608311F2','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the International Campaign to Ban Landmines (ICBL)',NULL,NULL,NULL,NULL,'01A23ACA-E3CA-7976-A559-043105833510',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CA-76B9-89A2-1C3C111F962B','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the OSCE Office for Democratic Institutions and Human Rights (ODIHR)',NULL,NULL,NULL,NULL,'01A23ACA-E3C9-7768-AB5F-5B564E83ABFA',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CA-783A-B3AB-16F9220062B6','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)',NULL,NULL,NULL,NULL,'01A23ACA-E3CA-7976-A559-043105833510',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CA-7A1A-A734-2FBEB122B222','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)',NULL,NULL,NULL,NULL,'01A23ACA-E3C9-7768-AB5F-5B564E83ABFA',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7209-874C-F396AC35629E','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','Amnesty International’s German branch',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-7F33-9CD5-33796FACDB9B',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-769A-B04A-0ECD0C311F0F','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)','kind',NULL,NULL,NULL,'01A23ACA-E3CB-7F33-9CD5-33796FACDB9B',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-781F-9ADE-461EC89F3690','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)','kind',NULL,NULL,NULL,'01A23ACA-E3CB-75D5-B3BD-31228DB6C375',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7856-8BFF-9E493E9B246C','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-7209-9D65-FF51305E8F1C',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-78F0-8F27-F9EFDF6C937A','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-7209-9D65-FF51305E8F1C',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7CA9-B5BC-61B5714C4888','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','Human Rights Watch representatives',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-75D5-B3BD-31228DB6C375',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-70A8-93AC-FFC45A6A5B2B','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7269-AACB-7B85B89DC4D6',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7659-B88E-E78FC2838309','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-776B-91B9-4CFAAC454200',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7753-B771-8DF391E18512','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7269-AACB-7B85B89DC4D6',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-77E4-8D58-E8E0D9B97784','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-779C-801A-293E092F5D83',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7BE3-B57B-2BFDB704F152','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-776B-91B9-4CFAAC454200',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7DD7-A882-482FE76520BB','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7EF9-9DF0-7471D6521CA5',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7E29-9996-75649A6E0875','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-779C-801A-293E092F5D83',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7E97-9A90-94F8158953B8','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7EF9-9DF0-7471D6521CA5',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3E3-7F8B-BA8F-C774ED501B3B','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Since the end of the Second Garabagh War in November 2020, 393 Azerbaijanis have been killed or injured due to mine explosions.',NULL,NULL,'01A23ACA-E3CE-7FDF-8094-704BF101A090',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3E5-7BDD-8F09-8981A5B50EA9','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','date 2025-04-14','asOf',NULL,'01A23ACA-E3CE-7FDF-8094-704BF101A090',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3E5-7F91-9D76-918EE35CD1C8','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Diaspora representatives highlighted this figure',NULL,NULL,'01A23ACA-E3CE-7FDF-8094-704BF101A090',NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FD-7F94-A667-D1B9EFD8D4FD','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','mine-related incidents in the Aghdam and Jabrayil districts on April 6–7',NULL,'01A23ACA-E3E6-7C6C-9988-273C3BCC4AFD',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FF-727A-8EF1-27619FFF630A','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','date 2025-04-14','occurredFrom','01A23ACA-E3E6-7C6C-9988-273C3BCC4AFD',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FF-7311-825C-BFCAFCA9F213','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7',NULL,'01A23ACA-E3E6-7C6C-9988-273C3BCC4AFD',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FF-765D-BE47-6D3F3C8D8FD3','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','date 2025-04-14','occurredFrom','01A23ACA-E3FF-79FC-8BB8-62C5F01439C9',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FF-77CA-BB87-CF95BEBE0E7A','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','mine-related incidents in the Aghdam and Jabrayil districts on April 6–7',NULL,'01A23ACA-E3FF-79FC-8BB8-62C5F01439C9',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FF-7AF9-8267-AC7402C9B48F','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7',NULL,'01A23ACA-E3FF-79FC-8BB8-62C5F01439C9',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FF-7BCC-884B-C6089C965EC5','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Azerbaijan’s Agdam and Jabrayil regions','district','01A23ACA-E3FF-79FC-8BB8-62C5F01439C9',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3FF-7ED4-9AAB-2821D7BFB1EA','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Azerbaijan’s Agdam and Jabrayil regions','districtAliases','01A23ACA-E3E6-7C6C-9988-273C3BCC4AFD',NULL,NULL,NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E411-7F94-A734-44C0AD445A56','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.',NULL,NULL,NULL,'01A23ACA-E401-7BC0-9357-F2784270CDBE',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E413-7B5D-A10E-6594B68B9D92','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.',NULL,NULL,NULL,'01A23ACA-E413-7353-8916-7FF54F7BF503',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E413-7C23-809C-2F4665A7AEAB','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.',NULL,NULL,NULL,'01A23ACA-E413-78BD-8A4C-6BCF633070B6',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E413-7CD3-9982-E01A80D84AA7','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.',NULL,NULL,NULL,'01A23ACA-E413-7C50-BFAD-01A67D4B4576',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E413-7E7F-B05A-C0A64B4B4B2E','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.',NULL,NULL,NULL,'01A23ACA-E413-7208-A1D6-D9A9596D2393',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E441-7922-A203-AF6B32263C77','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Azernews reports, citing the State Committee for Work with Diaspora',NULL,NULL,NULL,'01A23ACA-E441-7177-B581-8900E9BD7084',NULL,NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E392-7C63-B631-0166C7F89EF6','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the UN Mine Action Service (UNMAS)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E373-7CD9-A409-F6647404CB93',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E395-78BE-A224-967F13B0C2A7','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the UN Mine Action Service (UNMAS)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E373-7CD9-A409-F6647404CB93',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-783A-B7C7-44B45CE3FF28','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the Office of the High Commissioner for Human Rights (OHCHR)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3C5-7178-8B09-324AB1B739AF',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-7BB5-A28C-F500913AABBD','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the European Union External Action Service (EEAS)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3C6-7AAC-940F-BB8178A2BFC9',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-7CDD-91F5-09FD43F72969','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the European External Action Service (EEAS)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3C6-7AAC-940F-BB8178A2BFC9',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-7F33-8C59-095AF6B7B6D5','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the Office of the High Commissioner for Human Rights (OHCHR)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3C5-7178-8B09-324AB1B739AF',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C9-7292-8130-31AE4AFF422E','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','its delegation in the United States','country',NULL,NULL,NULL,'01A23ACA-E3C7-73BC-8E06-5E092771EF37',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C9-72A8-96EE-E9BBCD56233B','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the OSCE Office for Democratic Institutions and Human Rights (ODIHR)',NULL,NULL,NULL,NULL,'01A23ACA-E3C9-71BA-88E2-DC604ACFFC29',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C9-7A5B-B66A-32BAAC2B60DD','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the European External Action Service (EEAS), its delegation in the United States',NULL,NULL,NULL,NULL,'01A23ACA-E3C7-73BC-8E06-5E092771EF37',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C9-7B11-A0CD-24263AA9A1FA','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)',NULL,NULL,NULL,NULL,'01A23ACA-E3C9-71BA-88E2-DC604ACFFC29',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CA-70AA-A937-E190F4F2C148','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CA-774A-B438-5DC856B63A6D',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CA-7C32-91E2-1769C1A1023C','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the International Campaign to Ban Landmines (ICBL)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CA-774A-B438-5DC856B63A6D',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7041-9FF2-5145433A554C','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-74D0-8834-0EADE732726C',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-740B-85A2-999F6F9CF14B','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-74D0-8834-0EADE732726C',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7580-9BEF-6E96D332E906','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Amnesty International (Germany)',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-79B9-B65E-745BA5C2BBD3',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-79F0-90AB-4D0A3640BA2D','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','Amnesty International’s German branch',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-79B9-B65E-745BA5C2BBD3',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7AA6-93F1-B6E6F1157558','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-7A90-944B-3797E4877B5B',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7B2F-A4B8-5D1CF047324E','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','Human Rights Watch representatives',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-7D55-A36A-40DC0D2F7F20',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7CFE-BBA6-3CFF28D54897','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Human Rights Watch (European Representative)',NULL,NULL,NULL,NULL,'01A23ACA-E3CB-7D55-A36A-40DC0D2F7F20',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7D58-8229-A97743125365','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)','kind',NULL,NULL,NULL,'01A23ACA-E3CB-79B9-B65E-745BA5C2BBD3',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7F41-9056-41361EE501D9','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)','kind',NULL,NULL,NULL,'01A23ACA-E3CB-7D55-A36A-40DC0D2F7F20',NULL,NULL,639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-75FF-8692-C0C8463B806E','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7162-9929-74BA372BA619',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7889-BF38-6985F4556420','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7162-9929-74BA372BA619',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7956-8391-F5EE72C174BB','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7428-A372-252D93A584B7',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7A55-AEE4-7DDCD7E18729','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CC-7428-A372-252D93A584B7',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7A84-A7B5-8017A41E15C1','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CC-71E2-B50A-0C7079020FB7',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7D06-BCB8-98B0447BE777','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-7A90-944B-3797E4877B5B',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CC-7EAD-801A-A651C366E52F','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CC-71E2-B50A-0C7079020FB7',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C6-73AA-BC84-301CF22A1AF5','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the European External Action Service (EEAS), its delegation in the United States',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3C6-737D-BA10-3029093DDCCC',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C9-7079-B916-606954F7D76B','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3C9-7C3A-99D4-23BF64117E42',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3C9-7C06-A00F-A52FA9A0F6D1','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','the OSCE Office for Democratic Institutions and Human Rights (ODIHR)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3C9-7C3A-99D4-23BF64117E42',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7874-A140-8FB5D6EECE63','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','Human Rights Watch representatives',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-72A7-A77F-BA2C52162555',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7899-8CF0-8D138D94FDF6','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Amnesty International (Germany)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-762C-B42A-1B1044588C2E',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7D5B-B2AF-C10DB31B8207','01A23ACA-E34D-7C3F-9CA8-A60C593D5C19','Amnesty International’s German branch',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-762C-B42A-1B1044588C2E',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACA-E3CB-7F9A-932C-43DDF86519AC','01A23ACA-E36A-71CF-B1FD-B0685D9EA696','Human Rights Watch (European Representative)',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACA-E3CB-72A7-A77F-BA2C52162555',639318795049711586,639318795049711586,1);
INSERT INTO Citations VALUES('01A23ACB-0387-71AF-AC1A-6DC4644D2928','01A23ACB-0164-7A94-B785-9146007178E5','one dead and two injured','killed','01A23ACA-FF82-7DBE-814F-3E03CBC95A9A',NULL,NULL,NULL,NULL,NULL,639318795129682429,639318795129682429,1);
INSERT INTO Citations VALUES('01A23ACB-03BC-701C-BDF2-AA30B55ADD23','01A23ACB-017A-7D25-9E39-8EBC3DFB858C','Rådet protesterar',NULL,NULL,NULL,'01A23ACB-0093-7E03-973E-4D14217D1C6C',NULL,NULL,NULL,639318795130202468,639318795130202468,1);
INSERT INTO Citations VALUES('01A23ACB-03CD-784E-9E54-08599F5B2F14','01A23ACB-0164-7A94-B785-9146007178E5','The district office counted one dead and two injured.',NULL,NULL,'01A23ACB-01C4-78C6-8B6B-68B57612E2C0',NULL,NULL,NULL,NULL,639318795130379349,639318795130379349,1);
INSERT INTO Citations VALUES('01A23ACB-062D-7323-91BE-E2F72CF446D7','01A23ACB-0164-7A94-B785-9146007178E5','Horadiz road',NULL,NULL,NULL,NULL,NULL,NULL,'01A23ACB-05EF-7212-B65E-595A0E0F008A',639318795136455447,639318795136455447,1);
INSERT INTO Citations VALUES('01A23ACB-0656-7450-9A54-EF79ADAD4C89','01A23ACB-017A-7D25-9E39-8EBC3DFB858C','Füzuli',NULL,NULL,NULL,NULL,NULL,'01A23ACB-02CE-73A2-9A30-AB0970CBF3DF',NULL,639318795136864245,639318795136864245,1);
CREATE TABLE IF NOT EXISTS "DispatchEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DispatchEvents" PRIMARY KEY,
    "DispatchId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "ResponseSummary" TEXT NULL,
    "SourceId" TEXT NULL,
    "ReferredToRecipientId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_DispatchEvents_Dispatches_DispatchId" FOREIGN KEY ("DispatchId") REFERENCES "Dispatches" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DispatchEvents_Recipients_ReferredToRecipientId" FOREIGN KEY ("ReferredToRecipientId") REFERENCES "Recipients" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DispatchEvents_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT
);
INSERT INTO DispatchEvents VALUES('01A23ACB-053B-7FB7-BDE4-3CCC43E9A6ED','01A23ACB-02CE-7936-8466-EC156D7B3536','Delivered',638768448000000000,NULL,NULL,NULL,NULL,639318795134286679,639318795134286679,1);
INSERT INTO DispatchEvents VALUES('01A23ACB-057E-7E55-9284-A2A2D38EE524','01A23ACB-02CE-7936-8466-EC156D7B3536','Acknowledged',638769402000000000,NULL,'Registry confirmed receipt.',NULL,NULL,639318795134715149,639318795134715149,1);
INSERT INTO DispatchEvents VALUES('01A23ACB-058A-711F-84B8-53327FCA53C9','01A23ACB-02CE-7936-8466-EC156D7B3536','Referred',638772183000000000,NULL,'Passed to the rapporteur.','01A23ACB-017A-7D25-9E39-8EBC3DFB858C','01A23ACB-014B-7200-8F57-F5B0BC729562',639318795135199323,639318795135199323,1);
INSERT INTO DispatchEvents VALUES('01A23ACB-05AF-7D57-B98E-EE92275261F3','01A23ACB-05AD-706B-AC4A-AE7CF0E23FCD','Sent',638772183000000000,'Referred by Upgrade Fixture Assembly.',NULL,NULL,NULL,639318795135199323,639318795135199323,1);
INSERT INTO DispatchEvents VALUES('01A23ACB-05C2-7D54-93D4-59824C960F32','01A23ACB-02CF-7C56-8A3D-DB4AF3AAD546','Note',638770176000000000,'Phoned the editor.',NULL,NULL,NULL,639318795135385149,639318795135385149,1);
INSERT INTO DispatchEvents VALUES('01A23ACB-0617-763E-BAF2-854636032FAA','01A23ACB-05EF-7212-B65E-595A0E0F008A','Declined',638781552000000000,NULL,'Not our beat.',NULL,NULL,639318795136237295,639318795136237295,1);
INSERT INTO DispatchEvents VALUES('01A23ACB-064E-7706-BA56-3559DA402380','01A23ACB-05AD-706B-AC4A-AE7CF0E23FCD','Responded',638776260000000000,NULL,'The rapporteur will raise it.',NULL,NULL,639318795136787980,639318795136787980,1);
CREATE TABLE IF NOT EXISTS "DispatchTallies" (
    "RecipientId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_DispatchTallies" PRIMARY KEY ("RecipientId", "Status"),
    CONSTRAINT "CK_DispatchTallies_Count" CHECK ("Count" >= 0),
    CONSTRAINT "FK_DispatchTallies_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Recipients" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Dispatches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Dispatches" PRIMARY KEY,
    "Channel" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DaysToFirstReply" INTEGER NULL,
    "DeliveryRef" TEXT NULL,
    "DueOn" TEXT NULL,
    "FirstReplyAt" INTEGER NULL,
    "LetterId" TEXT NOT NULL,
    "RecipientId" TEXT NOT NULL,
    "ReferredFromDispatchId" TEXT NULL,
    "ReferredFromId" TEXT NULL,
    "SentAt" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "CK_Dispatches_DaysToFirstReply" CHECK ("DaysToFirstReply" IS NULL OR "DaysToFirstReply" >= 0),
    CONSTRAINT "FK_Dispatches_Dispatches_ReferredFromId" FOREIGN KEY ("ReferredFromId") REFERENCES "Dispatches" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Dispatches_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES "Letters" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Dispatches_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Recipients" ("Id") ON DELETE RESTRICT
);
INSERT INTO Dispatches VALUES('01A23ACA-E373-7CD9-A409-F6647404CB93',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E396-7F97-B270-9BBA0F45B2C6',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3C5-7178-8B09-324AB1B739AF',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3C6-747C-BAFF-2D80C844D245',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3C6-7AAC-940F-BB8178A2BFC9',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3C6-7E02-B46E-9ACCEB657674',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CA-774A-B438-5DC856B63A6D',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CA-7976-A559-043105833510',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CB-74D0-8834-0EADE732726C',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CB-7209-9D65-FF51305E8F1C',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CB-7A90-944B-3797E4877B5B',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CC-7269-AACB-7B85B89DC4D6',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CC-7162-9929-74BA372BA619',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CC-7EF9-9DF0-7471D6521CA5',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CC-71E2-B50A-0C7079020FB7',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CC-776B-91B9-4CFAAC454200',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CC-7428-A372-252D93A584B7',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CC-779C-801A-293E092F5D83',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3C6-737D-BA10-3029093DDCCC',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3C7-73BC-8E06-5E092771EF37',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3C9-7C3A-99D4-23BF64117E42',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3C9-71BA-88E2-DC604ACFFC29',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CB-72A7-A77F-BA2C52162555',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CB-7D55-A36A-40DC0D2F7F20',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACA-E3CB-762C-B42A-1B1044588C2E',NULL,639318795049711586,NULL,NULL,NULL,NULL,'01A23ACA-E2BD-70F9-A81E-622CD2AEF324','01A23ACA-E3CB-79B9-B65E-745BA5C2BBD3',NULL,NULL,NULL,'Sent',639318795049711586,1);
INSERT INTO Dispatches VALUES('01A23ACB-02CE-7936-8466-EC156D7B3536',NULL,639318795127837815,NULL,NULL,NULL,638769402000000000,'01A23ACB-02CE-73A2-9A30-AB0970CBF3DF','01A23ACB-00F9-75F1-ACE9-C6CB1EC4A320',NULL,NULL,NULL,'Referred',639318795135199323,4);
INSERT INTO Dispatches VALUES('01A23ACB-02CF-7C56-8A3D-DB4AF3AAD546',NULL,639318795127837815,NULL,NULL,NULL,NULL,'01A23ACB-02CE-73A2-9A30-AB0970CBF3DF','01A23ACB-0155-7F0A-87E6-4F84DF4D8908',NULL,NULL,NULL,'Sent',639318795135385149,2);
INSERT INTO Dispatches VALUES('01A23ACB-05AD-706B-AC4A-AE7CF0E23FCD',NULL,639318795135199323,5,NULL,'2025-04-09',638776260000000000,'01A23ACB-02CE-73A2-9A30-AB0970CBF3DF','01A23ACB-014B-7200-8F57-F5B0BC729562','01A23ACB-02CE-7936-8466-EC156D7B3536',NULL,638772183000000000,'Responded',639318795136787980,2);
INSERT INTO Dispatches VALUES('01A23ACB-05EF-7212-B65E-595A0E0F008A','Email',639318795135886390,1,'fixture-42','2025-03-27',638781552000000000,'01A23ACB-0340-745B-9A29-A092F3E61E53','01A23ACB-0155-7F0A-87E6-4F84DF4D8908',NULL,NULL,638780688000000000,'Declined',639318795136237295,2);
CREATE INDEX "IX_CasualtyFigures_AsOf" ON "CasualtyFigures" ("AsOf");
CREATE INDEX "IX_Citations_CasualtyFigureId" ON "Citations" ("CasualtyFigureId");
CREATE INDEX "IX_Citations_DispatchId" ON "Citations" ("DispatchId");
CREATE INDEX "IX_Citations_IncidentId" ON "Citations" ("IncidentId");
CREATE INDEX "IX_Citations_LetterId" ON "Citations" ("LetterId");
CREATE INDEX "IX_Citations_OrganisationId" ON "Citations" ("OrganisationId");
CREATE INDEX "IX_Citations_RecipientId" ON "Citations" ("RecipientId");
CREATE INDEX "IX_Citations_SourceId" ON "Citations" ("SourceId");
CREATE INDEX "IX_DispatchEvents_DispatchId_At" ON "DispatchEvents" ("DispatchId", "At");
CREATE INDEX "IX_DispatchEvents_ReferredToRecipientId" ON "DispatchEvents" ("ReferredToRecipientId");
CREATE INDEX "IX_DispatchEvents_SourceId" ON "DispatchEvents" ("SourceId");
CREATE INDEX "IX_Incidents_Country_District" ON "Incidents" ("Country", "District");
CREATE INDEX "IX_Incidents_District" ON "Incidents" ("District");
CREATE INDEX "IX_Incidents_OccurredFrom" ON "Incidents" ("OccurredFrom");
CREATE INDEX "IX_LetterCasualtyFigures_LetterId" ON "LetterCasualtyFigures" ("LetterId");
CREATE INDEX "IX_LetterIncidents_LetterId" ON "LetterIncidents" ("LetterId");
CREATE INDEX "IX_Letters_SentFrom" ON "Letters" ("SentFrom");
CREATE INDEX "IX_Letters_SentOn" ON "Letters" ("SentOn");
CREATE INDEX "IX_Letters_Status" ON "Letters" ("Status");
CREATE INDEX "IX_LetterSignatories_OrganisationId" ON "LetterSignatories" ("OrganisationId");
CREATE INDEX "IX_Organisations_Country" ON "Organisations" ("Country");
CREATE INDEX "IX_Organisations_Kind" ON "Organisations" ("Kind");
CREATE INDEX "IX_Organisations_Name" ON "Organisations" ("Name");
CREATE INDEX "IX_Recipients_Acronym" ON "Recipients" ("Acronym");
CREATE INDEX "IX_Recipients_Kind" ON "Recipients" ("Kind");
CREATE INDEX "IX_Recipients_Name" ON "Recipients" ("Name");
CREATE UNIQUE INDEX "IX_Recipients_ParentId_Name" ON "Recipients" ("ParentId", "Name");
CREATE INDEX "IX_Sources_FileName" ON "Sources" ("FileName");
CREATE UNIQUE INDEX "IX_Recipients_Name_TopLevel" ON "Recipients" ("Name") WHERE "ParentId" IS NULL;
CREATE INDEX "IX_Letters_SentTo" ON "Letters" ("SentTo");
CREATE INDEX "IX_Incidents_OccurredTo" ON "Incidents" ("OccurredTo");
CREATE INDEX "IX_Dispatches_DueOn" ON "Dispatches" ("DueOn");
CREATE UNIQUE INDEX "IX_Dispatches_LetterId_RecipientId" ON "Dispatches" ("LetterId", "RecipientId");
CREATE INDEX "IX_Dispatches_RecipientId_DaysToFirstReply" ON "Dispatches" ("RecipientId", "DaysToFirstReply");
CREATE INDEX "IX_Dispatches_RecipientId_Status" ON "Dispatches" ("RecipientId", "Status");
CREATE INDEX "IX_Dispatches_ReferredFromId" ON "Dispatches" ("ReferredFromId");
CREATE INDEX "IX_Dispatches_SentAt" ON "Dispatches" ("SentAt");
CREATE INDEX "IX_Dispatches_Status_DueOn" ON "Dispatches" ("Status", "DueOn");
COMMIT;
