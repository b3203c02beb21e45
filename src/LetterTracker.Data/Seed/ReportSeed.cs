using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Data.Seed;

/// <summary>
/// Seeds what the two April 2025 reports (Caliber.Az, Azernews) state about the diaspora's protest
/// letters after the mine explosions in Aghdam and Jabrayil, and nothing they do not: unknown
/// numbers, dates, cities and channels stay null. Every record carries citations whose quotes occur
/// verbatim in the report that states them; where the reports differ, both versions are cited.
/// </summary>
public static class ReportSeed
{
    public const string Name = "reports/2025-04-aghdam-jabrayil";

    /// <summary>Applies the seed once; returns false when it was already applied (here or by another instance).</summary>
    /// <remarks>
    /// Through the execution strategy (PostgreSQL retries transient failures), as one unit: a replay,
    /// even after a COMMIT whose outcome was lost, first asks whether the seed is applied.
    /// </remarks>
    public static Task<bool> ApplyAsync(LetterTrackerDbContext db, TimeProvider clock, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(ct => ApplyOnceAsync(db, clock, ct), cancellationToken);

    private static async Task<bool> ApplyOnceAsync(LetterTrackerDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await db.AppliedSeeds.AnyAsync(s => s.Name == Name, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(BuildRecords());
        db.AppliedSeeds.Add(new AppliedSeed { Name = Name, AppliedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await db.AppliedSeeds.AnyAsync(s => s.Name == Name, cancellationToken))
            {
                return false; // Another instance sharing the database seeded first; its seed stands.
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The whole object graph: the letter (which reaches the sources, incidents, figure, signatories,
    /// recipients and dispatches) and the one organisation no letter reaches.
    /// </summary>
    public static IReadOnlyList<Entity> BuildRecords()
    {
        var caliber = new Source
        {
            Title = "Azerbaijani diaspora in Europe sent letters to international organisations over Armenian landmine terror",
            Author = "Khagan Isayev",
            Attribution = "Caliber.Az reports",
            Language = "en",
            FileName = ReportTexts.CaliberFileName,
            FullText = ReportTexts.Read(ReportTexts.CaliberFileName),
        };
        var azernews = new Source
        {
            // The report prints no headline, only its dateline and byline.
            Author = "Akbar Novruz",
            PublishedAt = new DateTimeOffset(2025, 4, 14, 12, 3, 0, TimeSpan.FromHours(4)),
            Attribution = "Azernews reports, citing the State Committee for Work with Diaspora",
            Language = "en",
            FileName = ReportTexts.AzernewsFileName,
            FullText = ReportTexts.Read(ReportTexts.AzernewsFileName),
        };

        // Shared quotes, each stated once.
        const string caliberIncidents = "mine-related incidents in the Aghdam and Jabrayil districts on April 6–7";
        const string azernewsIncidents = "deadly mine explosions in Azerbaijan’s Agdam and Jabrayil regions on April 6–7";
        const string azernewsDateline = "date 2025-04-14";
        const string supporters = "The protests were actively supported by numerous diaspora organizations including the “Prague Azerbaijani Culture House,” “Hungarian Azerbaijan House,” “Azerbaijani Society in Barcelona,” “Bremen Azerbaijani Culture House,” “European Azerbaijan Center,” and others.";
        const string caliberMedia = "several major media outlets, including BBC News, Deutsche Welle, France 24, Al Jazeera English, and The Guardian, were also recipients of the letters.";
        const string azernewsMedia = "Leading media outlets—such as BBC, Deutsche Welle, France 24, Al Jazeera English, and The Guardian—also received the letters.";
        const string azernewsNgos = "prominent NGOs such as the International Campaign to Ban Landmines (ICBL), Amnesty International (Germany), and Human Rights Watch (European Representative)";

        // Incidents: one per district named. The reports give the range "April 6–7" for both
        // districts together, the year only through Azernews' dateline, and no casualty numbers.
        Incident District(string district, string[] aliases, Citation azernewsAliases) => new()
        {
            Title = $"Mine explosions in the {district} district",
            Kind = IncidentKind.LandmineExplosion,
            Country = "Azerbaijan",
            District = district,
            DistrictAliases = [.. aliases],
            OccurredFrom = new DateOnly(2025, 4, 6),
            OccurredTo = new DateOnly(2025, 4, 7),
            Description = $"Mine explosions in the {district} district of Azerbaijan on 6–7 April 2025, which the diaspora's protest letters followed. Azernews calls them deadly; neither report gives casualty numbers or says on which of the two days each explosion happened.",
            Citations =
            [
                Cite(caliber, caliberIncidents),
                Cite(azernews, azernewsIncidents),
                Cite(azernews, azernewsDateline, "occurredFrom"),
                azernewsAliases,
            ],
        };
        var aghdam = District("Aghdam", ["Agdam"], Cite(azernews, "Azerbaijan’s Agdam and Jabrayil regions", "districtAliases"));
        var jabrayil = District("Jabrayil", [], Cite(azernews, "Azerbaijan’s Agdam and Jabrayil regions", "district"));

        var minedSinceWar = new CasualtyFigure
        {
            Description = "Azerbaijanis killed or injured in mine explosions since the end of the Second Garabagh War in November 2020",
            Measure = CasualtyMeasure.KilledOrInjured,
            Value = 393,
            PeriodFrom = "2020-11",
            AsOf = new DateOnly(2025, 4, 14),
            Citations =
            [
                Cite(azernews, "Since the end of the Second Garabagh War in November 2020, 393 Azerbaijanis have been killed or injured due to mine explosions."),
                Cite(azernews, azernewsDateline, "asOf"),
                Cite(azernews, "Diaspora representatives highlighted this figure"),
            ],
        };

        Organisation Supporter(string name) => new()
        {
            Name = name,
            Kind = OrganisationKind.DiasporaOrganisation,
            Citations = [Cite(azernews, supporters)],
        };
        var signatories = new List<Organisation>
        {
            Supporter("Prague Azerbaijani Culture House"),
            Supporter("Hungarian Azerbaijan House"),
            Supporter("Azerbaijani Society in Barcelona"),
            Supporter("Bremen Azerbaijani Culture House"),
            Supporter("European Azerbaijan Center"),
        };
        // Cited by Azernews as its source; not a signatory. No report names its country.
        var stateCommittee = new Organisation
        {
            Name = "State Committee for Work with Diaspora",
            Kind = OrganisationKind.GovernmentBody,
            Citations = [Cite(azernews, "Azernews reports, citing the State Committee for Work with Diaspora")],
        };

        // Recipients. Parents that received nothing themselves (OSCE, Amnesty International,
        // Human Rights Watch) exist because a report names the branch, office or representative
        // as theirs. No report gives a country, email or reply window except where set here.
        var eeas = Body("European External Action Service", "EEAS", RecipientKind.EuInstitution,
            Cite(caliber, "the European External Action Service (EEAS)"),
            Cite(azernews, "the European Union External Action Service (EEAS)"));
        var eeasUnitedStates = Body("EEAS delegation in the United States", null, RecipientKind.EuInstitution,
            Cite(caliber, "the European External Action Service (EEAS), its delegation in the United States"));
        eeasUnitedStates.Parent = eeas;
        eeasUnitedStates.Country = "United States";
        eeasUnitedStates.Citations.Add(Cite(caliber, "its delegation in the United States", "country"));

        var osce = Body("OSCE", "OSCE", RecipientKind.Intergovernmental,
            Cite(caliber, "the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)"),
            Cite(azernews, "the OSCE Office for Democratic Institutions and Human Rights (ODIHR)"));
        var odihr = Body("Office for Democratic Institutions and Human Rights", "ODIHR", RecipientKind.Intergovernmental,
            Cite(caliber, "the Office for Democratic Institutions and Human Rights of the OSCE (ODIHR)"),
            Cite(azernews, "the OSCE Office for Democratic Institutions and Human Rights (ODIHR)"));
        odihr.Parent = osce;

        var amnesty = Body("Amnesty International", null, RecipientKind.Ngo,
            Cite(caliber, "Amnesty International’s German branch"),
            Cite(azernews, azernewsNgos, "kind"));
        var amnestyGermany = Body("Amnesty International (Germany)", null, RecipientKind.Ngo,
            Cite(caliber, "Amnesty International’s German branch"),
            Cite(azernews, "Amnesty International (Germany)"),
            Cite(azernews, azernewsNgos, "kind"));
        amnestyGermany.Parent = amnesty;
        amnestyGermany.Country = "Germany";

        var hrw = Body("Human Rights Watch", null, RecipientKind.Ngo,
            Cite(caliber, "Human Rights Watch representatives"),
            Cite(azernews, azernewsNgos, "kind"));
        // Caliber.Az says "representatives", Azernews names the European Representative: both cited.
        var hrwEurope = Body("Human Rights Watch European Representative", null, RecipientKind.Ngo,
            Cite(caliber, "Human Rights Watch representatives"),
            Cite(azernews, "Human Rights Watch (European Representative)"),
            Cite(azernews, azernewsNgos, "kind"));
        hrwEurope.Parent = hrw;

        Recipient Media(string name, params Citation[] extra) =>
            Body(name, null, RecipientKind.Media, [Cite(caliber, caliberMedia), Cite(azernews, azernewsMedia), .. extra]);

        // Everyone a letter went to, in the order Caliber.Az lists them.
        Recipient[] addressees =
        [
            Body("UN Mine Action Service", "UNMAS", RecipientKind.UnAgency,
                Cite(caliber, "the UN Mine Action Service (UNMAS)"),
                Cite(azernews, "the UN Mine Action Service (UNMAS)")),
            Body("Office of the High Commissioner for Human Rights", "OHCHR", RecipientKind.UnAgency,
                Cite(caliber, "the Office of the High Commissioner for Human Rights (OHCHR)"),
                Cite(azernews, "the Office of the High Commissioner for Human Rights (OHCHR)")),
            eeas,
            eeasUnitedStates,
            odihr,
            Body("International Campaign to Ban Landmines", "ICBL", RecipientKind.Ngo,
                Cite(caliber, "the International Campaign to Ban Landmines (ICBL)"),
                Cite(azernews, azernewsNgos)),
            hrwEurope,
            amnestyGermany,
            // Caliber.Az writes "BBC News", Azernews "BBC": both cited.
            Media("BBC News"),
            Media("Deutsche Welle"),
            Media("France 24"),
            Media("Al Jazeera English"),
            Media("The Guardian"),
        ];

        var letter = new Letter
        {
            Subject = "Protest letters after the mine explosions in Aghdam and Jabrayil on 6–7 April 2025",
            Summary = "The letters protest the mine explosions in the Aghdam and Jabrayil districts on 6–7 April 2025 and the continued threat of landmines in Azerbaijan's liberated territories. They stress that Armenia's refusal to hand over complete minefield maps continues to put innocent lives at risk and urge international bodies to act. In the same protests, diaspora representatives highlighted that 393 Azerbaijanis have been killed or injured by mines since November 2020, and the supporting organisations urged the international community not to ignore Armenia's military provocations. Azernews names five supporting diaspora organisations \"and others\"; those five are recorded as the letters' signatories, the closest either report comes to naming who signed.",
            // Only what the reports say the letters themselves ask for; what the supporting groups
            // and the diaspora representatives urged is in the summary, not here.
            Demands =
            [
                "immediate action",
                "address the humanitarian crisis stemming from Armenia’s actions",
            ],
            // No report dates the letters: they followed the explosions of 6–7 April and had been
            // sent by the time Azernews reported them on 14 April.
            SentFrom = new DateOnly(2025, 4, 6),
            SentTo = new DateOnly(2025, 4, 14),
            Status = LetterStatus.Sent,
            Signatories = signatories,
            Incidents = [aghdam, jabrayil],
            CasualtyFigures = [minedSinceWar],
            Citations =
            [
                Cite(caliber, "The diaspora has sent protest letters to several key international bodies and media outlets, urging immediate action."),
                Cite(azernews, "The diaspora activists sent formal protest letters to major international organizations"),
                Cite(azernews, "The letters stressed that Armenia’s refusal to hand over complete minefield maps continues to put innocent lives at risk."),
                Cite(caliber, "urging immediate action", "demands"),
                Cite(azernews, "urged global institutions to address the humanitarian crisis stemming from Armenia’s actions", "demands"),
                Cite(azernews, "In their appeals, the Azerbaijani communities expressed deep concern over the ongoing threat posed by mines in Azerbaijan’s liberated territories.", "summary"),
                Cite(azernews, "These groups collectively urged the international community not to ignore Armenia's military provocations", "summary"),
                Cite(azernews, azernewsIncidents, "sentFrom"),
                Cite(azernews, azernewsDateline, "sentTo"),
                Cite(azernews, supporters, "signatoryIds"),
                Cite(azernews, "Diaspora representatives highlighted this figure", "casualtyFigureIds"),
            ],
        };

        // One dispatch per addressee, backed by the same quotes that name the addressee. The
        // reports say the letters were sent, but not when, how, or whether anyone answered.
        foreach (var recipient in addressees)
        {
            letter.Dispatches.Add(new Dispatch
            {
                Recipient = recipient,
                Status = DispatchStatus.Sent,
                Citations = recipient.Citations.Where(c => c.Field is null)
                    .Select(c => Cite(c.Source, c.Quote)).ToList(),
            });
        }

        return [letter, stateCommittee];
    }

    private static Recipient Body(string name, string? acronym, RecipientKind kind, params Citation[] citations) => new()
    {
        Name = name,
        Acronym = acronym,
        Kind = kind,
        Citations = [.. citations],
    };

    /// <summary>A citation, refused unless its quote stands verbatim in the source.</summary>
    private static Citation Cite(Source source, string quote, string? field = null)
    {
        if (!source.FullText.Contains(quote, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Seed quote not found verbatim in {source.FileName}: \"{quote}\"");
        }

        return new Citation { Source = source, Quote = quote, Field = field };
    }
}
