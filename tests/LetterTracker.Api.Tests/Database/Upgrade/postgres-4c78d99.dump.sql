--
-- PostgreSQL database dump
--

\restrict BQYlDtxas9WaIGHW86ea7nkVccMpoCACxHLrqupzFbeQqe8q94rv02InLlug9zJ

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: AppliedSeeds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AppliedSeeds" (
    "Name" character varying(300) NOT NULL,
    "AppliedAt" timestamp with time zone NOT NULL
);


--
-- Name: CasualtyFigures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CasualtyFigures" (
    "Id" uuid NOT NULL,
    "Description" character varying(4000) NOT NULL,
    "Measure" character varying(40) NOT NULL,
    "Value" integer NOT NULL,
    "PeriodFrom" character varying(10),
    "AsOf" date,
    "ReportedBy" character varying(300),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "CK_CasualtyFigures_Value" CHECK (("Value" >= 0))
);


--
-- Name: Citations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Citations" (
    "Id" uuid NOT NULL,
    "SourceId" uuid NOT NULL,
    "Quote" character varying(4000) NOT NULL,
    "Field" character varying(100),
    "IncidentId" uuid,
    "CasualtyFigureId" uuid,
    "OrganisationId" uuid,
    "RecipientId" uuid,
    "LetterId" uuid,
    "DispatchId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "CK_Citations_BacksExactlyOneRecord" CHECK (((((((
CASE
    WHEN ("IncidentId" IS NULL) THEN 0
    ELSE 1
END +
CASE
    WHEN ("CasualtyFigureId" IS NULL) THEN 0
    ELSE 1
END) +
CASE
    WHEN ("OrganisationId" IS NULL) THEN 0
    ELSE 1
END) +
CASE
    WHEN ("RecipientId" IS NULL) THEN 0
    ELSE 1
END) +
CASE
    WHEN ("LetterId" IS NULL) THEN 0
    ELSE 1
END) +
CASE
    WHEN ("DispatchId" IS NULL) THEN 0
    ELSE 1
END) = 1))
);


--
-- Name: DispatchEvents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DispatchEvents" (
    "Id" uuid NOT NULL,
    "DispatchId" uuid NOT NULL,
    "Type" character varying(40) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "Note" character varying(4000),
    "ResponseSummary" character varying(8000),
    "SourceId" uuid,
    "ReferredToRecipientId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL
);


--
-- Name: DispatchTallies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DispatchTallies" (
    "RecipientId" uuid NOT NULL,
    "Status" character varying(40) NOT NULL,
    "Count" integer NOT NULL,
    CONSTRAINT "CK_DispatchTallies_Count" CHECK (("Count" >= 0))
);


--
-- Name: Dispatches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Dispatches" (
    "Id" uuid NOT NULL,
    "LetterId" uuid NOT NULL,
    "RecipientId" uuid NOT NULL,
    "Channel" character varying(40),
    "SentAt" timestamp with time zone,
    "DeliveryRef" character varying(300),
    "Status" character varying(40) NOT NULL,
    "DueOn" date,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DaysToFirstReply" integer,
    "FirstReplyAt" timestamp with time zone,
    "ReferredFromDispatchId" uuid,
    "ReferredFromId" uuid,
    CONSTRAINT "CK_Dispatches_DaysToFirstReply" CHECK ((("DaysToFirstReply" IS NULL) OR ("DaysToFirstReply" >= 0)))
);


--
-- Name: Incidents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Incidents" (
    "Id" uuid NOT NULL,
    "Title" character varying(500) NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Country" character varying(200) NOT NULL,
    "District" character varying(200) NOT NULL,
    "DistrictAliases" text[] NOT NULL,
    "Place" character varying(200),
    "OccurredFrom" date NOT NULL,
    "OccurredTo" date NOT NULL,
    "Killed" integer,
    "Injured" integer,
    "Civilian" boolean,
    "Description" character varying(4000) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "CK_Incidents_Injured" CHECK ((("Injured" IS NULL) OR ("Injured" >= 0))),
    CONSTRAINT "CK_Incidents_Killed" CHECK ((("Killed" IS NULL) OR ("Killed" >= 0))),
    CONSTRAINT "CK_Incidents_OccurredRange" CHECK (("OccurredFrom" <= "OccurredTo"))
);


--
-- Name: LetterCasualtyFigures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LetterCasualtyFigures" (
    "CasualtyFigureId" uuid NOT NULL,
    "LetterId" uuid NOT NULL
);


--
-- Name: LetterIncidents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LetterIncidents" (
    "IncidentId" uuid NOT NULL,
    "LetterId" uuid NOT NULL
);


--
-- Name: LetterSignatories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LetterSignatories" (
    "LetterId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL
);


--
-- Name: Letters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Letters" (
    "Id" uuid NOT NULL,
    "Subject" character varying(500) NOT NULL,
    "Summary" character varying(8000),
    "Body" text,
    "Language" character varying(35),
    "Demands" text[] NOT NULL,
    "SentOn" date,
    "SentFrom" date,
    "SentTo" date,
    "Status" character varying(40) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "CK_Letters_SentRange" CHECK ((("SentFrom" IS NULL) OR ("SentTo" IS NULL) OR ("SentFrom" <= "SentTo")))
);


--
-- Name: Organisations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Organisations" (
    "Id" uuid NOT NULL,
    "Name" character varying(300) NOT NULL,
    "Aliases" text[] NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "City" character varying(200),
    "Country" character varying(200),
    "Website" character varying(2048),
    "Email" character varying(320),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL
);


--
-- Name: Recipients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Recipients" (
    "Id" uuid NOT NULL,
    "Name" character varying(300) NOT NULL,
    "Acronym" character varying(40),
    "Kind" character varying(40) NOT NULL,
    "ParentId" uuid,
    "Country" character varying(200),
    "Email" character varying(320),
    "ResponseDays" integer,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "CK_Recipients_ResponseDays" CHECK ((("ResponseDays" IS NULL) OR ("ResponseDays" > 0)))
);


--
-- Name: Sources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Sources" (
    "Id" uuid NOT NULL,
    "Title" character varying(500),
    "Outlet" character varying(300),
    "Author" character varying(300),
    "PublishedAt" text,
    "Attribution" character varying(300) NOT NULL,
    "Language" character varying(35) NOT NULL,
    "Url" character varying(2048),
    "FileName" character varying(300),
    "FullText" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL
);


--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Data for Name: AppliedSeeds; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."AppliedSeeds" VALUES ('reports/2025-04-aghdam-jabrayil', '2026-12-03 07:26:01.299365+00');


--
-- Data for Name: CasualtyFigures; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CasualtyFigures" VALUES ('01a23acb-bf90-7942-a1c1-9628ea875b1e', 'Azerbaijanis killed or injured in mine explosions since the end of the Second Garabagh War in November 2020', 'KilledOrInjured', 393, '2020-11', '2025-04-14', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."CasualtyFigures" VALUES ('01a23acb-d5f5-76f6-840d-8777c60178ba', 'Killed or injured by mines in Füzuli in March 2025 (fixture)', 'KilledOrInjured', 3, '2025-03', '2025-03-31', 'district office', '2026-12-03 07:26:06.837981+00', '2026-12-03 07:26:06.837981+00', 1);


--
-- Data for Name: Citations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Citations" VALUES ('01a23acb-bdec-71e0-833c-8ff121f57877', '01a23acb-be42-71ef-889b-b9db22ae4100', 'The diaspora has sent protest letters to several key international bodies and media outlets, urging immediate action.', NULL, NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be80-7862-9d62-3b4006ccac71', '01a23acb-be81-794a-8121-bfe2635408a0', 'The diaspora activists sent formal protest letters to major international organizations', NULL, NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be83-7a95-9372-823a37ae4269', '01a23acb-be81-794a-8121-bfe2635408a0', 'urged global institutions to address the humanitarian crisis stemming from Armenia’s actions', 'demands', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be83-7b0a-9c18-f2c6f2d0b493', '01a23acb-be81-794a-8121-bfe2635408a0', 'The letters stressed that Armenia’s refusal to hand over complete minefield maps continues to put innocent lives at risk.', NULL, NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be83-7d55-9990-3cb0e6304075', '01a23acb-be42-71ef-889b-b9db22ae4100', 'urging immediate action', 'demands', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be84-7069-8ce7-048f6a980f3f', '01a23acb-be81-794a-8121-bfe2635408a0', 'These groups collectively urged the international community not to ignore Armenia''s military provocations', 'summary', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be84-7193-9c81-161086500f45', '01a23acb-be81-794a-8121-bfe2635408a0', 'In their appeals, the Azerbaijani communities expressed deep concern over the ongoing threat posed by mines in Azerbaijan’s liberated territories.', 'summary', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be84-73b0-90c4-521a80493d04', '01a23acb-be81-794a-8121-bfe2635408a0', 'deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7', 'sentFrom', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be84-7a13-8567-06b52331748c', '01a23acb-be81-794a-8121-bfe2635408a0', 'date 2025-04-14', 'sentTo', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be84-7eae-98f7-cd029f787b42', '01a23acb-be81-794a-8121-bfe2635408a0', 'The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.', 'signatoryIds', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-be84-7f65-8a5c-977d78bf7984', '01a23acb-be81-794a-8121-bfe2635408a0', 'Diaspora representatives highlighted this figure', 'casualtyFigureIds', NULL, NULL, NULL, NULL, '01a23acb-bd37-7941-81ff-07af3a62685f', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf72-735d-9264-423a6cefb832', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the UN Mine Action Service (UNMAS)', NULL, NULL, NULL, NULL, '01a23acb-bf46-76d2-a553-6e95676864ac', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-70e8-986b-00ad767fbb50', '01a23acb-be81-794a-8121-bfe2635408a0', 'the UN Mine Action Service (UNMAS)', NULL, NULL, NULL, NULL, '01a23acb-bf46-76d2-a553-6e95676864ac', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-761b-bba5-b5948645e981', '01a23acb-be81-794a-8121-bfe2635408a0', 'the Office of the High Commissioner for Human Rights (OHCHR)', NULL, NULL, NULL, NULL, '01a23acb-bf79-7ca3-b4cc-85dbdce3583e', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-7766-8aeb-a30e47100c97', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the European External Action Service (EEAS)', NULL, NULL, NULL, NULL, '01a23acb-bf79-7706-9607-a762ba6884cd', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-7f2b-abf3-d7ceb9516f15', '01a23acb-be81-794a-8121-bfe2635408a0', 'the European Union External Action Service (EEAS)', NULL, NULL, NULL, NULL, '01a23acb-bf79-7706-9607-a762ba6884cd', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-7fe8-bfd0-1c7432ebcf1a', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the Office of the High Commissioner for Human Rights (OHCHR)', NULL, NULL, NULL, NULL, '01a23acb-bf79-7ca3-b4cc-85dbdce3583e', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-7290-9c0e-88f76b2421ef', '01a23acb-be81-794a-8121-bfe2635408a0', 'prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)', NULL, NULL, NULL, NULL, '01a23acb-bf88-7b88-b4ab-727731067274', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-75e8-a969-f8c46a7317dd', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the International Campaign to Ban Landmines (ICBL)', NULL, NULL, NULL, NULL, '01a23acb-bf88-7b88-b4ab-727731067274', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-769c-9a76-535d36bbe438', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)', NULL, NULL, NULL, NULL, '01a23acb-bf82-7fc6-8be2-8e9f9709eb0c', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-78a0-a578-b0044ac9c2b2', '01a23acb-be81-794a-8121-bfe2635408a0', 'the OSCE Office for Democratic Institutions and Human Rights (ODIHR)', NULL, NULL, NULL, NULL, '01a23acb-bf82-7fc6-8be2-8e9f9709eb0c', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7080-b543-f3fa2aba4aad', '01a23acb-be81-794a-8121-bfe2635408a0', 'prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)', 'kind', NULL, NULL, NULL, '01a23acb-bf89-7c26-8f94-2e87c66f7cd9', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-70bb-8e37-2ef1ec2eac31', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf89-74e0-b296-111cc10a2fa4', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-751e-bc05-2f0bd862d564', '01a23acb-be81-794a-8121-bfe2635408a0', 'prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)', 'kind', NULL, NULL, NULL, '01a23acb-bf89-7fe1-878a-2c63785c6a5c', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7901-a9ab-445ba7a2ba9f', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf89-7b6e-8ca0-cf0d3449e898', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7ccf-a9bc-93c878c8bf4d', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf89-74e0-b296-111cc10a2fa4', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7e23-ab5f-0a80a65a39ef', '01a23acb-be42-71ef-889b-b9db22ae4100', 'Amnesty International’s German branch', NULL, NULL, NULL, NULL, '01a23acb-bf89-7fe1-878a-2c63785c6a5c', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7e98-84e6-2b90c176259c', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf89-7b6e-8ca0-cf0d3449e898', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7eb8-8e14-a659104c6619', '01a23acb-be42-71ef-889b-b9db22ae4100', 'Human Rights Watch representatives', NULL, NULL, NULL, NULL, '01a23acb-bf89-7c26-8f94-2e87c66f7cd9', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7279-b04e-b260c3b0aad6', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf8a-7b05-984d-db5538e1602d', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7412-a2e2-4ef8125f2d86', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf8a-72aa-a66f-14b3689d77a4', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-79b9-96ba-f824d82028ba', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf8a-7487-97a0-c3b01d028b36', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7c86-a2c7-61129e33f895', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf8a-7b05-984d-db5538e1602d', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7dad-97d3-8cb4cb58535c', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf8a-7487-97a0-c3b01d028b36', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7e1f-87fc-7c0d91c53ebc', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, '01a23acb-bf8a-72aa-a66f-14b3689d77a4', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfc0-714b-93a6-fc7935bed2d1', '01a23acb-be81-794a-8121-bfe2635408a0', 'Since the end of the Second Garabagh War in November 2020, 393 Azerbaijanis have been killed or injured due to mine explosions.', NULL, NULL, '01a23acb-bf90-7942-a1c1-9628ea875b1e', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfc2-79c9-91dc-34973a5b2a84', '01a23acb-be81-794a-8121-bfe2635408a0', 'date 2025-04-14', 'asOf', NULL, '01a23acb-bf90-7942-a1c1-9628ea875b1e', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfc2-7c5d-9219-1f8c9c516322', '01a23acb-be81-794a-8121-bfe2635408a0', 'Diaspora representatives highlighted this figure', NULL, NULL, '01a23acb-bf90-7942-a1c1-9628ea875b1e', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfda-7541-bb78-4ab3d7aa0395', '01a23acb-be42-71ef-889b-b9db22ae4100', 'mine-related incidents in the Aghdam and Jabrayil districts on April 6–7', NULL, '01a23acb-bfc4-7cdb-85e3-9bfb39ca2ed7', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfe5-7164-be26-9a4cdd5c7f48', '01a23acb-be81-794a-8121-bfe2635408a0', 'deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7', NULL, '01a23acb-bfe5-7fd6-9c02-7a63ae1565c5', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfe5-744f-96f8-6d26727627ff', '01a23acb-be81-794a-8121-bfe2635408a0', 'Azerbaijan’s Agdam and Jabrayil regions', 'districtAliases', '01a23acb-bfc4-7cdb-85e3-9bfb39ca2ed7', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfe5-7951-89ce-efd87d9d3c6b', '01a23acb-be81-794a-8121-bfe2635408a0', 'date 2025-04-14', 'occurredFrom', '01a23acb-bfe5-7fd6-9c02-7a63ae1565c5', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfe5-79b4-ad30-646755e312b7', '01a23acb-be81-794a-8121-bfe2635408a0', 'date 2025-04-14', 'occurredFrom', '01a23acb-bfc4-7cdb-85e3-9bfb39ca2ed7', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfe5-7c9c-80d5-9ece853a2ede', '01a23acb-be81-794a-8121-bfe2635408a0', 'deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7', NULL, '01a23acb-bfc4-7cdb-85e3-9bfb39ca2ed7', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfe5-7e7f-a4a8-a771ab2ef811', '01a23acb-be81-794a-8121-bfe2635408a0', 'Azerbaijan’s Agdam and Jabrayil regions', 'district', '01a23acb-bfe5-7fd6-9c02-7a63ae1565c5', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bfe5-7f64-b172-f31f1d9ae0a1', '01a23acb-be42-71ef-889b-b9db22ae4100', 'mine-related incidents in the Aghdam and Jabrayil districts on April 6–7', NULL, '01a23acb-bfe5-7fd6-9c02-7a63ae1565c5', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-c007-7507-ba5d-1e8832afd989', '01a23acb-be81-794a-8121-bfe2635408a0', 'The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.', NULL, NULL, NULL, '01a23acb-bfe7-7553-9ce9-7a043d36672d', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-c009-733f-bd25-49609d36b2e6', '01a23acb-be81-794a-8121-bfe2635408a0', 'The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.', NULL, NULL, NULL, '01a23acb-c009-7cbc-a4b7-63315d5a61c7', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-c009-77c2-9fba-91765cb40807', '01a23acb-be81-794a-8121-bfe2635408a0', 'The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.', NULL, NULL, NULL, '01a23acb-c009-790a-8fce-dd4a589b2c97', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-c009-7c5b-8c4f-339c032c3875', '01a23acb-be81-794a-8121-bfe2635408a0', 'The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.', NULL, NULL, NULL, '01a23acb-c009-71cd-a24a-5eeaf218d496', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-c009-7ecc-b1ec-7d46d1c47080', '01a23acb-be81-794a-8121-bfe2635408a0', 'The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.', NULL, NULL, NULL, '01a23acb-c009-7952-a727-ab0b748e4edb', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-c053-7fea-9443-dcfcef67b77a', '01a23acb-be81-794a-8121-bfe2635408a0', 'Azernews reports, citing the State Committee for Work with Diaspora', NULL, NULL, NULL, '01a23acb-c052-7264-a96e-5081eb2b192e', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf3f-7bf3-a3af-ec3109c59570', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the UN Mine Action Service (UNMAS)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bea4-72fb-bace-0789547c4bd9', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf45-72fb-bb69-142530292c1c', '01a23acb-be81-794a-8121-bfe2635408a0', 'the UN Mine Action Service (UNMAS)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bea4-72fb-bace-0789547c4bd9', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-7004-8b3e-5a0498344e5e', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the Office of the High Commissioner for Human Rights (OHCHR)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf79-7e83-aad0-9086774e3283', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-7144-9628-2173791b5f44', '01a23acb-be81-794a-8121-bfe2635408a0', 'the European Union External Action Service (EEAS)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf79-7020-a171-466029d5d58f', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-737a-9631-c6f1d315f231', '01a23acb-be81-794a-8121-bfe2635408a0', 'the Office of the High Commissioner for Human Rights (OHCHR)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf79-7e83-aad0-9086774e3283', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-7f8e-9881-ee8cdd4a47aa', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the European External Action Service (EEAS)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf79-7020-a171-466029d5d58f', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf82-73da-85a9-161d59bac8b2', '01a23acb-be81-794a-8121-bfe2635408a0', 'the OSCE Office for Democratic Institutions and Human Rights (ODIHR)', NULL, NULL, NULL, NULL, '01a23acb-bf82-735b-974b-602f82e73856', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf82-74b8-a345-c5dd5c135e98', '01a23acb-be42-71ef-889b-b9db22ae4100', 'its delegation in the United States', 'country', NULL, NULL, NULL, '01a23acb-bf7a-7fdf-9071-b3f33e4b0f3b', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf82-7615-9cb3-e46cf195d548', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the European External Action Service (EEAS), its delegation in the United States', NULL, NULL, NULL, NULL, '01a23acb-bf7a-7fdf-9071-b3f33e4b0f3b', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf82-7eb4-994b-be96fce4a161', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)', NULL, NULL, NULL, NULL, '01a23acb-bf82-735b-974b-602f82e73856', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-72e7-81eb-ace9f4b31cde', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the International Campaign to Ban Landmines (ICBL)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf88-70ff-96dc-c6eadb375883', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-7439-8aa4-246e3573c791', '01a23acb-be81-794a-8121-bfe2635408a0', 'prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf88-70ff-96dc-c6eadb375883', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-70e0-bf11-e236b85ea792', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-7fe1-a1d1-0e06a51b0b41', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-712c-941f-9ace384c4aba', '01a23acb-be81-794a-8121-bfe2635408a0', 'prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)', 'kind', NULL, NULL, NULL, '01a23acb-bf88-7017-bf38-f4d2ad68de46', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-749d-832c-01a1d3932ba6', '01a23acb-be81-794a-8121-bfe2635408a0', 'Human Rights Watch (European Representative)', NULL, NULL, NULL, NULL, '01a23acb-bf88-7017-bf38-f4d2ad68de46', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-74d6-95b2-a1863e31dcd4', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-76c2-8f30-570cae1ecfef', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7581-af15-77b9011827a7', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-7fe1-a1d1-0e06a51b0b41', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7637-aa67-3ec50d852f49', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-76c2-8f30-570cae1ecfef', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7797-aaad-20071732b9bf', '01a23acb-be81-794a-8121-bfe2635408a0', 'Amnesty International (Germany)', NULL, NULL, NULL, NULL, '01a23acb-bf89-709c-9151-34912fc366f2', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-783e-b329-09705ede4bb8', '01a23acb-be42-71ef-889b-b9db22ae4100', 'Human Rights Watch representatives', NULL, NULL, NULL, NULL, '01a23acb-bf88-7017-bf38-f4d2ad68de46', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7db5-9cba-d1d59d82c28f', '01a23acb-be81-794a-8121-bfe2635408a0', 'prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)', 'kind', NULL, NULL, NULL, '01a23acb-bf89-709c-9151-34912fc366f2', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7f1d-8275-3a33bbb05641', '01a23acb-be42-71ef-889b-b9db22ae4100', 'Amnesty International’s German branch', NULL, NULL, NULL, NULL, '01a23acb-bf89-709c-9151-34912fc366f2', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7226-b011-720030f5f8b2', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf8a-7ae7-b1e7-2d2eb32cfb15', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-76d6-85ee-6832e5487f68', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-784c-98fd-5811d0b7f350', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-77cd-8d65-61ed2a4fe8ba', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf8a-7ae7-b1e7-2d2eb32cfb15', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-78a0-b9ac-c409fc5ae8cf', '01a23acb-be81-794a-8121-bfe2635408a0', 'Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf8a-70ae-a7ca-a53117b32568', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7a14-b44c-c9ced839bd96', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf8a-70ae-a7ca-a53117b32568', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf8a-7a49-b889-cc44ee9c7dd2', '01a23acb-be42-71ef-889b-b9db22ae4100', 'several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-784c-98fd-5811d0b7f350', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf79-7f1f-97b3-ce5747f76d36', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the European External Action Service (EEAS), its delegation in the United States', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf79-769f-b80b-767c759bc998', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf82-765a-9bd0-3d85bc18eb14', '01a23acb-be81-794a-8121-bfe2635408a0', 'the OSCE Office for Democratic Institutions and Human Rights (ODIHR)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf82-7757-b56b-a7871ae14614', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf82-7cd1-a068-bf20b05bc848', '01a23acb-be42-71ef-889b-b9db22ae4100', 'the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf82-7757-b56b-a7871ae14614', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-7294-b73b-a93e5476edae', '01a23acb-be42-71ef-889b-b9db22ae4100', 'Human Rights Watch representatives', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf88-795a-a5d7-08da40303274', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf88-75ba-af25-82dde1bdb839', '01a23acb-be81-794a-8121-bfe2635408a0', 'Human Rights Watch (European Representative)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf88-795a-a5d7-08da40303274', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-72d3-9937-386efde2c82a', '01a23acb-be42-71ef-889b-b9db22ae4100', 'Amnesty International’s German branch', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-7320-abd1-d5a899d6a326', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-bf89-7569-a730-92cbd46563fd', '01a23acb-be81-794a-8121-bfe2635408a0', 'Amnesty International (Germany)', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-bf89-7320-abd1-d5a899d6a326', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-d805-75f4-b31d-3190f632cda4', '01a23acb-d5ba-7a66-b76c-11de6c0afe5d', 'one dead and two injured', 'killed', '01a23acb-d348-71e0-b3c7-9306f81d8b12', NULL, NULL, NULL, NULL, NULL, '2026-12-03 07:26:07.365376+00', '2026-12-03 07:26:07.365376+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-d869-70c6-a19c-41e114979a2a', '01a23acb-d5dd-75e7-a9ab-fad8f16fb9d7', 'Rådet protesterar', NULL, NULL, NULL, '01a23acb-d47f-7317-bb1e-1de52e9c9445', NULL, NULL, NULL, '2026-12-03 07:26:07.465312+00', '2026-12-03 07:26:07.465312+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-d87b-7d0a-b907-e17b55dcbfeb', '01a23acb-d5ba-7a66-b76c-11de6c0afe5d', 'The district office counted one dead and two injured.', NULL, NULL, '01a23acb-d5f5-76f6-840d-8777c60178ba', NULL, NULL, NULL, NULL, '2026-12-03 07:26:07.483383+00', '2026-12-03 07:26:07.483383+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-dd25-7bc7-9f13-677e24154bf2', '01a23acb-d5ba-7a66-b76c-11de6c0afe5d', 'Horadiz road', NULL, NULL, NULL, NULL, NULL, NULL, '01a23acb-dc83-777a-98a5-84625e81a60a', '2026-12-03 07:26:08.677635+00', '2026-12-03 07:26:08.677635+00', 1);
INSERT INTO public."Citations" VALUES ('01a23acb-ddc9-73eb-87e3-2eedd54515ee', '01a23acb-d5dd-75e7-a9ab-fad8f16fb9d7', 'Füzuli', NULL, NULL, NULL, NULL, NULL, '01a23acb-d6f1-77f5-9a68-3c971c73b771', NULL, '2026-12-03 07:26:08.841592+00', '2026-12-03 07:26:08.841592+00', 1);


--
-- Data for Name: DispatchEvents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."DispatchEvents" VALUES ('01a23acb-db4b-72e9-9201-6d5b11d85d8a', '01a23acb-d6f1-7275-9fc6-6c764128e9ec', 'Delivered', '2025-03-06 08:00:00+00', NULL, NULL, NULL, NULL, '2026-12-03 07:26:08.246735+00', '2026-12-03 07:26:08.246735+00', 1);
INSERT INTO public."DispatchEvents" VALUES ('01a23acb-dbfb-7aba-9350-6003014f4f7b', '01a23acb-d6f1-7275-9fc6-6c764128e9ec', 'Acknowledged', '2025-03-07 10:30:00+00', NULL, 'Registry confirmed receipt.', NULL, NULL, '2026-12-03 07:26:08.380721+00', '2026-12-03 07:26:08.380721+00', 1);
INSERT INTO public."DispatchEvents" VALUES ('01a23acb-dc14-7790-bee4-9ce1d9521b4d', '01a23acb-d6f1-7275-9fc6-6c764128e9ec', 'Referred', '2025-03-10 15:45:00+00', NULL, 'Passed to the rapporteur.', '01a23acb-d5dd-75e7-a9ab-fad8f16fb9d7', '01a23acb-d5a0-738d-a3bb-3e7ed673c424', '2026-12-03 07:26:08.42564+00', '2026-12-03 07:26:08.42564+00', 1);
INSERT INTO public."DispatchEvents" VALUES ('01a23acb-dc28-7eb4-a01b-c9fcca009ace', '01a23acb-dc27-7586-85d4-e85edd4efcd5', 'Sent', '2025-03-10 15:45:00+00', 'Referred by Upgrade Fixture Assembly.', NULL, NULL, NULL, '2026-12-03 07:26:08.42564+00', '2026-12-03 07:26:08.42564+00', 1);
INSERT INTO public."DispatchEvents" VALUES ('01a23acb-dc3f-709c-b890-c81d3c253438', '01a23acb-d6f1-7627-89e9-3f283b17647b', 'Note', '2025-03-08 08:00:00+00', 'Phoned the editor.', NULL, NULL, NULL, '2026-12-03 07:26:08.447551+00', '2026-12-03 07:26:08.447551+00', 1);
INSERT INTO public."DispatchEvents" VALUES ('01a23acb-dcfc-7f53-bdd4-90b663e6d6fd', '01a23acb-dc83-777a-98a5-84625e81a60a', 'Declined', '2025-03-21 12:00:00+00', NULL, 'Not our beat.', NULL, NULL, '2026-12-03 07:26:08.637438+00', '2026-12-03 07:26:08.637438+00', 1);
INSERT INTO public."DispatchEvents" VALUES ('01a23acb-ddb8-7dd7-afd9-68a715db9543', '01a23acb-dc27-7586-85d4-e85edd4efcd5', 'Responded', '2025-03-15 09:00:00+00', NULL, 'The rapporteur will raise it.', NULL, NULL, '2026-12-03 07:26:08.825058+00', '2026-12-03 07:26:08.825058+00', 1);


--
-- Data for Name: DispatchTallies; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: Dispatches; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Dispatches" VALUES ('01a23acb-bea4-72fb-bace-0789547c4bd9', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf46-76d2-a553-6e95676864ac', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf79-7020-a171-466029d5d58f', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf79-7706-9607-a762ba6884cd', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf79-7e83-aad0-9086774e3283', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf79-7ca3-b4cc-85dbdce3583e', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf88-70ff-96dc-c6eadb375883', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf88-7b88-b4ab-727731067274', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf89-76c2-8f30-570cae1ecfef', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf89-74e0-b296-111cc10a2fa4', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf89-784c-98fd-5811d0b7f350', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf8a-72aa-a66f-14b3689d77a4', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf89-7fe1-a1d1-0e06a51b0b41', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf89-7b6e-8ca0-cf0d3449e898', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf8a-70ae-a7ca-a53117b32568', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf8a-7b05-984d-db5538e1602d', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf8a-7ae7-b1e7-2d2eb32cfb15', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf8a-7487-97a0-c3b01d028b36', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf79-769f-b80b-767c759bc998', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf7a-7fdf-9071-b3f33e4b0f3b', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf82-7757-b56b-a7871ae14614', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf82-735b-974b-602f82e73856', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf88-795a-a5d7-08da40303274', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf88-7017-bf38-f4d2ad68de46', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-bf89-7320-abd1-d5a899d6a326', '01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bf89-709c-9151-34912fc366f2', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-d6f1-7275-9fc6-6c764128e9ec', '01a23acb-d6f1-77f5-9a68-3c971c73b771', '01a23acb-d52a-710b-a8d1-543469158fea', NULL, NULL, NULL, 'Referred', NULL, '2026-12-03 07:26:07.090589+00', '2026-12-03 07:26:08.42564+00', 4, NULL, '2025-03-07 10:30:00+00', NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-d6f1-7627-89e9-3f283b17647b', '01a23acb-d6f1-77f5-9a68-3c971c73b771', '01a23acb-d5ab-783e-99db-9771ef2afdee', NULL, NULL, NULL, 'Sent', NULL, '2026-12-03 07:26:07.090589+00', '2026-12-03 07:26:08.447551+00', 2, NULL, NULL, NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-dc83-777a-98a5-84625e81a60a', '01a23acb-d7b9-7e88-b94a-c484e0bdfedd', '01a23acb-d5ab-783e-99db-9771ef2afdee', 'Email', '2025-03-20 12:00:00+00', 'fixture-42', 'Declined', '2025-03-27', '2026-12-03 07:26:08.516902+00', '2026-12-03 07:26:08.637438+00', 2, 1, '2025-03-21 12:00:00+00', NULL, NULL);
INSERT INTO public."Dispatches" VALUES ('01a23acb-dc27-7586-85d4-e85edd4efcd5', '01a23acb-d6f1-77f5-9a68-3c971c73b771', '01a23acb-d5a0-738d-a3bb-3e7ed673c424', NULL, '2025-03-10 15:45:00+00', NULL, 'Responded', '2025-04-09', '2026-12-03 07:26:08.42564+00', '2026-12-03 07:26:08.825058+00', 2, 5, '2025-03-15 09:00:00+00', '01a23acb-d6f1-7275-9fc6-6c764128e9ec', NULL);


--
-- Data for Name: Incidents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Incidents" VALUES ('01a23acb-bfc4-7cdb-85e3-9bfb39ca2ed7', 'Mine explosions in the Aghdam district', 'LandmineExplosion', 'Azerbaijan', 'Aghdam', '{Agdam}', NULL, '2025-04-06', '2025-04-07', NULL, NULL, NULL, 'Mine explosions in the Aghdam district of Azerbaijan on 6–7 April 2025, which the diaspora''s protest letters followed. Azernews calls them deadly; neither report gives casualty numbers or says on which of the two days each explosion happened.', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Incidents" VALUES ('01a23acb-bfe5-7fd6-9c02-7a63ae1565c5', 'Mine explosions in the Jabrayil district', 'LandmineExplosion', 'Azerbaijan', 'Jabrayil', '{}', NULL, '2025-04-06', '2025-04-07', NULL, NULL, NULL, 'Mine explosions in the Jabrayil district of Azerbaijan on 6–7 April 2025, which the diaspora''s protest letters followed. Azernews calls them deadly; neither report gives casualty numbers or says on which of the two days each explosion happened.', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Incidents" VALUES ('01a23acb-d348-71e0-b3c7-9306f81d8b12', 'Upgrade fixture: mine explosion near Füzuli', 'LandmineExplosion', 'Azerbaijan', 'Füzuli', '{Fizuli}', 'Horadiz road', '2025-03-01', '2025-03-02', 1, 2, true, 'An anti-tank mine exploded under a lorry — the fixture’s incident, with “typographic” quotes.', '2026-12-03 07:26:06.159241+00', '2026-12-03 07:26:06.159241+00', 1);
INSERT INTO public."Incidents" VALUES ('01a23acb-d45e-7dd2-ace9-a0adfd1cd338', 'Upgrade fixture: ordnance found in Tartar', 'Other', 'Azerbaijan', 'Tartar', '{Terter}', NULL, '2025-02-10', '2025-02-11', NULL, NULL, NULL, 'Unexploded ordnance reported by farmers; cleared by ANAMA the next day.', '2026-12-03 07:26:06.430436+00', '2026-12-03 07:26:07.710221+00', 2);


--
-- Data for Name: LetterCasualtyFigures; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."LetterCasualtyFigures" VALUES ('01a23acb-bf90-7942-a1c1-9628ea875b1e', '01a23acb-bd37-7941-81ff-07af3a62685f');
INSERT INTO public."LetterCasualtyFigures" VALUES ('01a23acb-d5f5-76f6-840d-8777c60178ba', '01a23acb-d6f1-77f5-9a68-3c971c73b771');


--
-- Data for Name: LetterIncidents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."LetterIncidents" VALUES ('01a23acb-bfc4-7cdb-85e3-9bfb39ca2ed7', '01a23acb-bd37-7941-81ff-07af3a62685f');
INSERT INTO public."LetterIncidents" VALUES ('01a23acb-bfe5-7fd6-9c02-7a63ae1565c5', '01a23acb-bd37-7941-81ff-07af3a62685f');
INSERT INTO public."LetterIncidents" VALUES ('01a23acb-d348-71e0-b3c7-9306f81d8b12', '01a23acb-d6f1-77f5-9a68-3c971c73b771');


--
-- Data for Name: LetterSignatories; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."LetterSignatories" VALUES ('01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-bfe7-7553-9ce9-7a043d36672d');
INSERT INTO public."LetterSignatories" VALUES ('01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-c009-71cd-a24a-5eeaf218d496');
INSERT INTO public."LetterSignatories" VALUES ('01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-c009-790a-8fce-dd4a589b2c97');
INSERT INTO public."LetterSignatories" VALUES ('01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-c009-7952-a727-ab0b748e4edb');
INSERT INTO public."LetterSignatories" VALUES ('01a23acb-bd37-7941-81ff-07af3a62685f', '01a23acb-c009-7cbc-a4b7-63315d5a61c7');
INSERT INTO public."LetterSignatories" VALUES ('01a23acb-d6f1-77f5-9a68-3c971c73b771', '01a23acb-d47f-7317-bb1e-1de52e9c9445');
INSERT INTO public."LetterSignatories" VALUES ('01a23acb-d6f1-77f5-9a68-3c971c73b771', '01a23acb-d4dd-762f-9543-b17573b841e7');


--
-- Data for Name: Letters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Letters" VALUES ('01a23acb-bd37-7941-81ff-07af3a62685f', 'Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025', 'The letters protest the mine explosions in the Aghdam and Jabrayil districts on 6–7 April 2025 and the continued threat of landmines in Azerbaijan''s liberated territories. They stress that Armenia''s refusal to hand over complete minefield maps continues to put innocent lives at risk and urge international bodies to act. In the same protests, diaspora representatives highlighted that 393 Azerbaijanis have been killed or injured by mines since November 2020, and the supporting organisations urged the international community not to ignore Armenia''s military provocations. Azernews names five supporting diaspora organisations "and others"; those five are recorded as the letters'' signatories, the closest either report comes to naming who signed.', NULL, NULL, '{"immediate action","address the humanitarian crisis stemming from Armenia’s actions"}', NULL, '2025-04-06', '2025-04-14', 'Sent', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Letters" VALUES ('01a23acb-d6f1-77f5-9a68-3c971c73b771', 'Upgrade fixture: protest after the Horadiz road explosion', 'Asks for minefield maps.', 'We write to protest the explosion on the Horadiz road…', 'en', '{"hand over minefield maps","fund clearance"}', NULL, '2025-03-05', '2025-03-06', 'Sent', '2026-12-03 07:26:07.090589+00', '2026-12-03 07:26:07.090589+00', 1);
INSERT INTO public."Letters" VALUES ('01a23acb-d7b9-7e88-b94a-c484e0bdfedd', 'Upgrade fixture: follow-up to the gazette', NULL, NULL, NULL, '{}', '2025-03-20', NULL, NULL, 'Sent', '2026-12-03 07:26:07.290471+00', '2026-12-03 07:26:07.290471+00', 1);
INSERT INTO public."Letters" VALUES ('01a23acb-d7ca-7525-a204-edc20997b22e', 'Upgrade fixture: draft, not sent yet', NULL, NULL, NULL, '{"a reply"}', NULL, NULL, NULL, 'Draft', '2026-12-03 07:26:07.306309+00', '2026-12-03 07:26:07.306309+00', 1);


--
-- Data for Name: Organisations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Organisations" VALUES ('01a23acb-bfe7-7553-9ce9-7a043d36672d', 'Prague Azerbaijani Culture House', '{}', 'DiasporaOrganisation', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Organisations" VALUES ('01a23acb-c009-71cd-a24a-5eeaf218d496', 'Hungarian Azerbaijan House', '{}', 'DiasporaOrganisation', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Organisations" VALUES ('01a23acb-c009-790a-8fce-dd4a589b2c97', 'European Azerbaijan Center', '{}', 'DiasporaOrganisation', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Organisations" VALUES ('01a23acb-c009-7952-a727-ab0b748e4edb', 'Bremen Azerbaijani Culture House', '{}', 'DiasporaOrganisation', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Organisations" VALUES ('01a23acb-c009-7cbc-a4b7-63315d5a61c7', 'Azerbaijani Society in Barcelona', '{}', 'DiasporaOrganisation', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Organisations" VALUES ('01a23acb-c052-7264-a96e-5081eb2b192e', 'State Committee for Work with Diaspora', '{}', 'GovernmentBody', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Organisations" VALUES ('01a23acb-d47f-7317-bb1e-1de52e9c9445', 'Upgrade Fixture Diaspora Council', '{UFDC,"Föreningen Uppgradering"}', 'DiasporaOrganisation', 'Göteborg', 'Sweden', 'https://ufdc.example.org', 'office@ufdc.example.org', '2026-12-03 07:26:06.464442+00', '2026-12-03 07:26:06.464442+00', 1);
INSERT INTO public."Organisations" VALUES ('01a23acb-d4dd-762f-9543-b17573b841e7', 'Upgrade Fixture Ministry Liaison', '{}', 'GovernmentBody', 'Baku', 'Azerbaijan', NULL, NULL, '2026-12-03 07:26:06.557841+00', '2026-12-03 07:26:07.807893+00', 2);


--
-- Data for Name: Recipients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Recipients" VALUES ('01a23acb-bf46-76d2-a553-6e95676864ac', 'UN Mine Action Service', 'UNMAS', 'UnAgency', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf79-7706-9607-a762ba6884cd', 'European External Action Service', 'EEAS', 'EuInstitution', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf79-7ca3-b4cc-85dbdce3583e', 'Office of the High Commissioner for Human Rights', 'OHCHR', 'UnAgency', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf82-7fc6-8be2-8e9f9709eb0c', 'OSCE', 'OSCE', 'Intergovernmental', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf88-7b88-b4ab-727731067274', 'International Campaign to Ban Landmines', 'ICBL', 'Ngo', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf89-74e0-b296-111cc10a2fa4', 'BBC News', NULL, 'Media', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf89-7b6e-8ca0-cf0d3449e898', 'Deutsche Welle', NULL, 'Media', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf89-7c26-8f94-2e87c66f7cd9', 'Human Rights Watch', NULL, 'Ngo', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf89-7fe1-878a-2c63785c6a5c', 'Amnesty International', NULL, 'Ngo', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf8a-72aa-a66f-14b3689d77a4', 'France 24', NULL, 'Media', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf8a-7487-97a0-c3b01d028b36', 'Al Jazeera English', NULL, 'Media', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf8a-7b05-984d-db5538e1602d', 'The Guardian', NULL, 'Media', NULL, NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf7a-7fdf-9071-b3f33e4b0f3b', 'EEAS delegation in the United States', NULL, 'EuInstitution', '01a23acb-bf79-7706-9607-a762ba6884cd', 'United States', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf82-735b-974b-602f82e73856', 'Office for Democratic Institutions and Human Rights', 'ODIHR', 'Intergovernmental', '01a23acb-bf82-7fc6-8be2-8e9f9709eb0c', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf88-7017-bf38-f4d2ad68de46', 'Human Rights Watch European Representative', NULL, 'Ngo', '01a23acb-bf89-7c26-8f94-2e87c66f7cd9', NULL, NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-bf89-709c-9151-34912fc366f2', 'Amnesty International (Germany)', NULL, 'Ngo', '01a23acb-bf89-7fe1-878a-2c63785c6a5c', 'Germany', NULL, NULL, '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-d52a-710b-a8d1-543469158fea', 'Upgrade Fixture Assembly', 'UFA', 'Intergovernmental', NULL, 'Switzerland', 'registry@ufa.example.org', 21, '2026-12-03 07:26:06.635654+00', '2026-12-03 07:26:06.635654+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-d5a0-738d-a3bb-3e7ed673c424', 'Upgrade Fixture Rapporteur', NULL, 'Intergovernmental', '01a23acb-d52a-710b-a8d1-543469158fea', NULL, NULL, NULL, '2026-12-03 07:26:06.75297+00', '2026-12-03 07:26:06.75297+00', 1);
INSERT INTO public."Recipients" VALUES ('01a23acb-d5ab-783e-99db-9771ef2afdee', 'Upgrade Fixture Gazette', NULL, 'Media', NULL, NULL, NULL, 7, '2026-12-03 07:26:06.763599+00', '2026-12-03 07:26:06.763599+00', 1);


--
-- Data for Name: Sources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Sources" VALUES ('01a23acb-be42-71ef-889b-b9db22ae4100', 'Azerbaijani diaspora in Europe sent letters to international organisations over Armenian landmine terror', NULL, 'Khagan Isayev', NULL, 'Caliber.Az reports', 'en', NULL, '000_b8178f21f73d572a.txt', 'Azerbaijani diaspora in Europe sent letters to international organisations over Armenian landmine terror
The Azerbaijani diaspora in Europe has voiced strong protest following recent mine-related incidents in the Aghdam and Jabrayil districts on April 6–7, calling attention to Armenia''s ongoing landmine terror in the region.
The protests were sparked by the continued threat of landmines in Azerbaijan''s liberated territories, which has led to tragic consequences for innocent civilians, Caliber.Az reports.
The diaspora has sent protest letters to several key international bodies and media outlets, urging immediate action. The letters were addressed to the UN Mine Action Service (UNMAS), the Office of the High Commissioner for Human Rights (OHCHR), the European External Action Service (EEAS), its delegation in the United States, the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR), and the International Campaign to Ban Landmines (ICBL). Human Rights Watch representatives, Amnesty International’s German branch, and several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.
The diaspora''s protest emphasizes that the threat posed by landmines in Azerbaijan''s recently liberated territories remains unresolved. Despite the risks, Armenia has refused to share landmine maps, which the Azerbaijani side argues could significantly reduce casualties. The situation continues to endanger the lives of innocent civilians, particularly those in the affected areas.
The Azerbaijani government and diaspora have expressed deep concerns over the refusal to disclose the landmine maps, noting that it hinders efforts to clear the mines and ensure the safety of the local population. Azerbaijan has called on the international community to hold Armenia accountable for its failure to provide these vital documents, which are critical for the safe resettlement of displaced people and the rebuilding of the region.
By Khagan Isayev', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Sources" VALUES ('01a23acb-be81-794a-8121-bfe2635408a0', NULL, NULL, 'Akbar Novruz', '2025-04-14T12:03:00.0000000+04:00', 'Azernews reports, citing the State Committee for Work with Diaspora', 'en', NULL, '001_8014706026ff67a4.txt', ' date 2025-04-14 14 April 2025 12:03 (UTC+04:00)

Akbar Novruz

In the aftermath of deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7, Azerbaijani diaspora organizations across Europe have launched protests condemning Armenia’s continued mine terrorism, Azernews reports, citing the State Committee for Work with Diaspora.

The diaspora activists sent formal protest letters to major international organizations, including the UN Mine Action Service (UNMAS), the Office of the High Commissioner for Human Rights (OHCHR), the European Union External Action Service (EEAS), the OSCE Office for Democratic Institutions and Human Rights (ODIHR), and prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative). Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.

In their appeals, the Azerbaijani communities expressed deep concern over the ongoing threat posed by mines in Azerbaijan’s liberated territories. The letters stressed that Armenia’s refusal to hand over complete minefield maps continues to put innocent lives at risk. The protestors condemned the international silence and urged global institutions to address the humanitarian crisis stemming from Armenia’s actions.

Since the end of the Second Garabagh War in November 2020, 393 Azerbaijanis have been killed or injured due to mine explosions. Diaspora representatives highlighted this figure to underline the urgent need for accountability and international legal action.

The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others. These groups collectively urged the international community not to ignore Armenia''s military provocations and to take concrete steps toward ensuring peace and security in the region.', '2026-12-03 07:26:01.309566+00', '2026-12-03 07:26:01.309566+00', 1);
INSERT INTO public."Sources" VALUES ('01a23acb-d5ba-7a66-b76c-11de6c0afe5d', 'Upgrade fixture report on Horadiz', 'Fixture Wire', 'Leyla Quliyeva', '2025-03-03T10:15:00.0000000+04:00', 'Fixture Wire, citing the district office', 'en', 'https://wire.example.org/horadiz', 'horadiz.txt', 'An anti-tank mine exploded under a lorry on the Horadiz road. The district office counted one dead and two injured.', '2026-12-03 07:26:06.778936+00', '2026-12-03 07:26:08.677635+00', 4);
INSERT INTO public."Sources" VALUES ('01a23acb-d5dd-75e7-a9ab-fad8f16fb9d7', NULL, NULL, NULL, NULL, 'Press release of the Upgrade Fixture Diaspora Council', 'sv', NULL, NULL, 'Rådet protesterar mot minorna i Füzuli.', '2026-12-03 07:26:06.813488+00', '2026-12-03 07:26:08.841592+00', 3);


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122053619_Initial', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122060539_RecipientNamesUniqueAtTopLevel', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122063937_DispatchTracking', '10.0.14');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261122063957_SearchIndex', '10.0.14');


--
-- Name: AppliedSeeds PK_AppliedSeeds; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AppliedSeeds"
    ADD CONSTRAINT "PK_AppliedSeeds" PRIMARY KEY ("Name");


--
-- Name: CasualtyFigures PK_CasualtyFigures; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CasualtyFigures"
    ADD CONSTRAINT "PK_CasualtyFigures" PRIMARY KEY ("Id");


--
-- Name: Citations PK_Citations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "PK_Citations" PRIMARY KEY ("Id");


--
-- Name: DispatchEvents PK_DispatchEvents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DispatchEvents"
    ADD CONSTRAINT "PK_DispatchEvents" PRIMARY KEY ("Id");


--
-- Name: DispatchTallies PK_DispatchTallies; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DispatchTallies"
    ADD CONSTRAINT "PK_DispatchTallies" PRIMARY KEY ("RecipientId", "Status");


--
-- Name: Dispatches PK_Dispatches; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Dispatches"
    ADD CONSTRAINT "PK_Dispatches" PRIMARY KEY ("Id");


--
-- Name: Incidents PK_Incidents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Incidents"
    ADD CONSTRAINT "PK_Incidents" PRIMARY KEY ("Id");


--
-- Name: LetterCasualtyFigures PK_LetterCasualtyFigures; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterCasualtyFigures"
    ADD CONSTRAINT "PK_LetterCasualtyFigures" PRIMARY KEY ("CasualtyFigureId", "LetterId");


--
-- Name: LetterIncidents PK_LetterIncidents; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterIncidents"
    ADD CONSTRAINT "PK_LetterIncidents" PRIMARY KEY ("IncidentId", "LetterId");


--
-- Name: LetterSignatories PK_LetterSignatories; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterSignatories"
    ADD CONSTRAINT "PK_LetterSignatories" PRIMARY KEY ("LetterId", "OrganisationId");


--
-- Name: Letters PK_Letters; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Letters"
    ADD CONSTRAINT "PK_Letters" PRIMARY KEY ("Id");


--
-- Name: Organisations PK_Organisations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Organisations"
    ADD CONSTRAINT "PK_Organisations" PRIMARY KEY ("Id");


--
-- Name: Recipients PK_Recipients; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Recipients"
    ADD CONSTRAINT "PK_Recipients" PRIMARY KEY ("Id");


--
-- Name: Sources PK_Sources; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sources"
    ADD CONSTRAINT "PK_Sources" PRIMARY KEY ("Id");


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: IX_CasualtyFigures_AsOf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CasualtyFigures_AsOf" ON public."CasualtyFigures" USING btree ("AsOf");


--
-- Name: IX_Citations_CasualtyFigureId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Citations_CasualtyFigureId" ON public."Citations" USING btree ("CasualtyFigureId");


--
-- Name: IX_Citations_DispatchId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Citations_DispatchId" ON public."Citations" USING btree ("DispatchId");


--
-- Name: IX_Citations_IncidentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Citations_IncidentId" ON public."Citations" USING btree ("IncidentId");


--
-- Name: IX_Citations_LetterId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Citations_LetterId" ON public."Citations" USING btree ("LetterId");


--
-- Name: IX_Citations_OrganisationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Citations_OrganisationId" ON public."Citations" USING btree ("OrganisationId");


--
-- Name: IX_Citations_RecipientId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Citations_RecipientId" ON public."Citations" USING btree ("RecipientId");


--
-- Name: IX_Citations_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Citations_SourceId" ON public."Citations" USING btree ("SourceId");


--
-- Name: IX_DispatchEvents_DispatchId_At; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DispatchEvents_DispatchId_At" ON public."DispatchEvents" USING btree ("DispatchId", "At");


--
-- Name: IX_DispatchEvents_ReferredToRecipientId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DispatchEvents_ReferredToRecipientId" ON public."DispatchEvents" USING btree ("ReferredToRecipientId");


--
-- Name: IX_DispatchEvents_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DispatchEvents_SourceId" ON public."DispatchEvents" USING btree ("SourceId");


--
-- Name: IX_Dispatches_DueOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Dispatches_DueOn" ON public."Dispatches" USING btree ("DueOn");


--
-- Name: IX_Dispatches_LetterId_RecipientId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Dispatches_LetterId_RecipientId" ON public."Dispatches" USING btree ("LetterId", "RecipientId");


--
-- Name: IX_Dispatches_RecipientId_DaysToFirstReply; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Dispatches_RecipientId_DaysToFirstReply" ON public."Dispatches" USING btree ("RecipientId", "DaysToFirstReply");


--
-- Name: IX_Dispatches_RecipientId_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Dispatches_RecipientId_Status" ON public."Dispatches" USING btree ("RecipientId", "Status");


--
-- Name: IX_Dispatches_ReferredFromId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Dispatches_ReferredFromId" ON public."Dispatches" USING btree ("ReferredFromId");


--
-- Name: IX_Dispatches_SentAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Dispatches_SentAt" ON public."Dispatches" USING btree ("SentAt");


--
-- Name: IX_Dispatches_Status_DueOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Dispatches_Status_DueOn" ON public."Dispatches" USING btree ("Status", "DueOn");


--
-- Name: IX_Incidents_Country_District; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Incidents_Country_District" ON public."Incidents" USING btree ("Country", "District");


--
-- Name: IX_Incidents_District; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Incidents_District" ON public."Incidents" USING btree ("District");


--
-- Name: IX_Incidents_OccurredFrom; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Incidents_OccurredFrom" ON public."Incidents" USING btree ("OccurredFrom");


--
-- Name: IX_Incidents_OccurredTo; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Incidents_OccurredTo" ON public."Incidents" USING btree ("OccurredTo");


--
-- Name: IX_LetterCasualtyFigures_LetterId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_LetterCasualtyFigures_LetterId" ON public."LetterCasualtyFigures" USING btree ("LetterId");


--
-- Name: IX_LetterIncidents_LetterId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_LetterIncidents_LetterId" ON public."LetterIncidents" USING btree ("LetterId");


--
-- Name: IX_LetterSignatories_OrganisationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_LetterSignatories_OrganisationId" ON public."LetterSignatories" USING btree ("OrganisationId");


--
-- Name: IX_Letters_SentFrom; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Letters_SentFrom" ON public."Letters" USING btree ("SentFrom");


--
-- Name: IX_Letters_SentOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Letters_SentOn" ON public."Letters" USING btree ("SentOn");


--
-- Name: IX_Letters_SentTo; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Letters_SentTo" ON public."Letters" USING btree ("SentTo");


--
-- Name: IX_Letters_Status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Letters_Status" ON public."Letters" USING btree ("Status");


--
-- Name: IX_Organisations_Country; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Organisations_Country" ON public."Organisations" USING btree ("Country");


--
-- Name: IX_Organisations_Kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Organisations_Kind" ON public."Organisations" USING btree ("Kind");


--
-- Name: IX_Organisations_Name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Organisations_Name" ON public."Organisations" USING btree ("Name");


--
-- Name: IX_Recipients_Acronym; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Recipients_Acronym" ON public."Recipients" USING btree ("Acronym");


--
-- Name: IX_Recipients_Kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Recipients_Kind" ON public."Recipients" USING btree ("Kind");


--
-- Name: IX_Recipients_Name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Recipients_Name" ON public."Recipients" USING btree ("Name");


--
-- Name: IX_Recipients_Name_TopLevel; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Recipients_Name_TopLevel" ON public."Recipients" USING btree ("Name") WHERE ("ParentId" IS NULL);


--
-- Name: IX_Recipients_ParentId_Name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Recipients_ParentId_Name" ON public."Recipients" USING btree ("ParentId", "Name");


--
-- Name: IX_Sources_FileName; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sources_FileName" ON public."Sources" USING btree ("FileName");


--
-- Name: Citations FK_Citations_CasualtyFigures_CasualtyFigureId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "FK_Citations_CasualtyFigures_CasualtyFigureId" FOREIGN KEY ("CasualtyFigureId") REFERENCES public."CasualtyFigures"("Id") ON DELETE RESTRICT;


--
-- Name: Citations FK_Citations_Dispatches_DispatchId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "FK_Citations_Dispatches_DispatchId" FOREIGN KEY ("DispatchId") REFERENCES public."Dispatches"("Id") ON DELETE RESTRICT;


--
-- Name: Citations FK_Citations_Incidents_IncidentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "FK_Citations_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES public."Incidents"("Id") ON DELETE RESTRICT;


--
-- Name: Citations FK_Citations_Letters_LetterId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "FK_Citations_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES public."Letters"("Id") ON DELETE RESTRICT;


--
-- Name: Citations FK_Citations_Organisations_OrganisationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "FK_Citations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES public."Organisations"("Id") ON DELETE RESTRICT;


--
-- Name: Citations FK_Citations_Recipients_RecipientId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "FK_Citations_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES public."Recipients"("Id") ON DELETE RESTRICT;


--
-- Name: Citations FK_Citations_Sources_SourceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Citations"
    ADD CONSTRAINT "FK_Citations_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES public."Sources"("Id") ON DELETE RESTRICT;


--
-- Name: DispatchEvents FK_DispatchEvents_Dispatches_DispatchId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DispatchEvents"
    ADD CONSTRAINT "FK_DispatchEvents_Dispatches_DispatchId" FOREIGN KEY ("DispatchId") REFERENCES public."Dispatches"("Id") ON DELETE RESTRICT;


--
-- Name: DispatchEvents FK_DispatchEvents_Recipients_ReferredToRecipientId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DispatchEvents"
    ADD CONSTRAINT "FK_DispatchEvents_Recipients_ReferredToRecipientId" FOREIGN KEY ("ReferredToRecipientId") REFERENCES public."Recipients"("Id") ON DELETE RESTRICT;


--
-- Name: DispatchEvents FK_DispatchEvents_Sources_SourceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DispatchEvents"
    ADD CONSTRAINT "FK_DispatchEvents_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES public."Sources"("Id") ON DELETE RESTRICT;


--
-- Name: DispatchTallies FK_DispatchTallies_Recipients_RecipientId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DispatchTallies"
    ADD CONSTRAINT "FK_DispatchTallies_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES public."Recipients"("Id") ON DELETE CASCADE;


--
-- Name: Dispatches FK_Dispatches_Dispatches_ReferredFromId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Dispatches"
    ADD CONSTRAINT "FK_Dispatches_Dispatches_ReferredFromId" FOREIGN KEY ("ReferredFromId") REFERENCES public."Dispatches"("Id") ON DELETE RESTRICT;


--
-- Name: Dispatches FK_Dispatches_Letters_LetterId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Dispatches"
    ADD CONSTRAINT "FK_Dispatches_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES public."Letters"("Id") ON DELETE RESTRICT;


--
-- Name: Dispatches FK_Dispatches_Recipients_RecipientId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Dispatches"
    ADD CONSTRAINT "FK_Dispatches_Recipients_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES public."Recipients"("Id") ON DELETE RESTRICT;


--
-- Name: LetterCasualtyFigures FK_LetterCasualtyFigures_CasualtyFigures_CasualtyFigureId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterCasualtyFigures"
    ADD CONSTRAINT "FK_LetterCasualtyFigures_CasualtyFigures_CasualtyFigureId" FOREIGN KEY ("CasualtyFigureId") REFERENCES public."CasualtyFigures"("Id") ON DELETE RESTRICT;


--
-- Name: LetterCasualtyFigures FK_LetterCasualtyFigures_Letters_LetterId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterCasualtyFigures"
    ADD CONSTRAINT "FK_LetterCasualtyFigures_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES public."Letters"("Id") ON DELETE CASCADE;


--
-- Name: LetterIncidents FK_LetterIncidents_Incidents_IncidentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterIncidents"
    ADD CONSTRAINT "FK_LetterIncidents_Incidents_IncidentId" FOREIGN KEY ("IncidentId") REFERENCES public."Incidents"("Id") ON DELETE RESTRICT;


--
-- Name: LetterIncidents FK_LetterIncidents_Letters_LetterId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterIncidents"
    ADD CONSTRAINT "FK_LetterIncidents_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES public."Letters"("Id") ON DELETE CASCADE;


--
-- Name: LetterSignatories FK_LetterSignatories_Letters_LetterId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterSignatories"
    ADD CONSTRAINT "FK_LetterSignatories_Letters_LetterId" FOREIGN KEY ("LetterId") REFERENCES public."Letters"("Id") ON DELETE CASCADE;


--
-- Name: LetterSignatories FK_LetterSignatories_Organisations_OrganisationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LetterSignatories"
    ADD CONSTRAINT "FK_LetterSignatories_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES public."Organisations"("Id") ON DELETE RESTRICT;


--
-- Name: Recipients FK_Recipients_Recipients_ParentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Recipients"
    ADD CONSTRAINT "FK_Recipients_Recipients_ParentId" FOREIGN KEY ("ParentId") REFERENCES public."Recipients"("Id") ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--

\unrestrict BQYlDtxas9WaIGHW86ea7nkVccMpoCACxHLrqupzFbeQqe8q94rv02InLlug9zJ

