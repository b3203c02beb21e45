using System.Linq.Expressions;
using System.Text.Json;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Sources;

public sealed class SourceWrites : WriteModel<Source, SourceRequest, SourceResponse>
{
    public static readonly SourceWrites Model = new();

    public override string Noun => "source";
    public override string Path => "/api/sources";

    public override Expression<Func<Source, SourceResponse>> Projection(HttpContext http) => SourceResponse.Projection;

    public override Source Create(SourceRequest request) => new()
    {
        Attribution = request.Attribution,
        Language = request.Language,
        FullText = request.FullText,
    };

    public override async Task Apply(SourceRequest request, Source source, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        // Every citation's quote stands verbatim in its source's text: a new text that drops one is
        // refused before anything changes. (A new source has no citations; its text is already set.)
        if (!string.Equals(request.FullText, source.FullText, StringComparison.Ordinal))
        {
            var broken = (await db.Citations.Where(c => c.SourceId == source.Id).OrderBy(c => c.Id)
                    .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken))
                .Where(c => !request.FullText.Contains(c.Label!, StringComparison.Ordinal))
                .ToList();
            if (broken.Count > 0)
            {
                var conflict = ProblemException.Conflict(
                    $"The new fullText of the source {source.Id} no longer contains, verbatim, the quote of {broken.Count} citation{(broken.Count == 1 ? "" : "s")} "
                    + $"({string.Join(", ", broken.Take(5).Select(c => $"\"{c.Label}\""))}{(broken.Count > 5 ? ", ..." : "")}). "
                    + "Keep those quotes in the text, or change or delete the citations listed in references first.");
                conflict.Extensions["references"] = broken;
                throw conflict;
            }
        }

        source.Title = request.Title;
        source.Outlet = request.Outlet;
        source.Author = request.Author;
        source.PublishedAt = request.PublishedAt;
        source.Attribution = request.Attribution;
        source.Language = request.Language;
        source.Url = request.Url;
        source.FileName = request.FileName;
        source.FullText = request.FullText;
    }

    public override SourceRequest ToRequest(Source source) => new()
    {
        Title = source.Title,
        Outlet = source.Outlet,
        Author = source.Author,
        PublishedAt = source.PublishedAt,
        Attribution = source.Attribution,
        Language = source.Language,
        Url = source.Url,
        FileName = source.FileName,
        FullText = source.FullText,
    };

    public override async Task<List<Reference>> FindReferences(LetterTrackerDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var citations = await db.Citations.Where(c => c.SourceId == id).OrderBy(c => c.Id)
            .Select(c => new Reference("citation", c.Id, c.Quote)).ToListAsync(cancellationToken);
        var events = await db.DispatchEvents.Where(e => e.SourceId == id).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Type, e.At }).ToListAsync(cancellationToken);
        return
        [
            .. citations,
            .. events.Select(e => new Reference(
                "dispatchEvent", e.Id, $"{e.Type.CamelName()} on {e.At:yyyy-MM-dd}")),
        ];
    }
}
