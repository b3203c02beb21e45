using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common.Csv;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Organisations;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.Import;

/// <summary>
/// Records from a spreadsheet: a CSV body, each row read and validated exactly as a POST's body
/// (<see cref="BodyReader"/>) and saved with its audit entry as a POST saves it, all rows in the
/// request's one transaction. Duplicates are the POST's own: a name taken by a record, or by an
/// earlier row of the same file (saved before the next row is checked), is refused naming it.
/// </summary>
public static class ImportApi
{
    /// <summary>The savepoint a dry run rolls back to, inside the request's transaction (which may also hold an Idempotency-Key).</summary>
    private const string Savepoint = "import";

    public static void MapImport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/import").WithTags("Import");
        group.MapPost("/recipients", ImportRecipients).NamedAfter(ImportRecipients).ImportsCsv<RecipientRequest>();
        group.MapPost("/organisations", ImportOrganisations).NamedAfter(ImportOrganisations).ImportsCsv<OrganisationRequest>();
    }

    /// <summary>Import recipients from CSV</summary>
    /// <remarks>A header line naming the fields a POST /api/recipients takes (name, acronym, kind, parentId, country, email, responseDays; any case and order), then one line per recipient; columns of the recipient export that a write cannot set (id, createdAt, ...) are left out, so an exported file imports as it is. Each row is checked as a POST's body; a name taken (by a recipient or an earlier row) is refused naming it (existingId). allOrNothing (the default) imports every row or none: a 400, or a 409 when every bad row is a name taken, lists each bad row's errors keyed rows[n].field; validOnly imports the good rows and lists the bad ones. dryRun=true saves nothing and answers what would happen. One transaction; each record gets its create entry in the audit trail.</remarks>
    public static Task<Ok<ImportResult>> ImportRecipients([AsParameters] ImportQuery query, HttpContext http, CancellationToken cancellationToken) =>
        Import(RecipientWrites.Model, typeof(RecipientSummary), sameName: null, query, http, cancellationToken);

    /// <summary>Import organisations from CSV</summary>
    /// <remarks>A header line naming the fields a POST /api/organisations takes (name, aliases, kind, city, country, website, email; any case and order; aliases as a JSON array or separated by ;), then one line per organisation; columns of the organisation export that a write cannot set are left out. Rows are checked, refused and saved as for recipients: allOrNothing (the default) or validOnly, dryRun=true to save nothing. One transaction; each record audited.</remarks>
    public static Task<Ok<ImportResult>> ImportOrganisations([AsParameters] ImportQuery query, HttpContext http, CancellationToken cancellationToken) =>
        Import(OrganisationWrites.Model, typeof(OrganisationSummary), SameName, query, http, cancellationToken);

    /// <summary>The organisations named as this one, ignoring case (ASCII letters only on SQLite), earlier rows' included: saved in the same transaction.</summary>
    private static Task<List<Guid>> SameName(OrganisationRequest organisation, LetterTrackerDbContext db, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Name.ToLower() == organisation.Name.ToLower()).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);

    private static RouteHandlerBuilder ImportsCsv<TRequest>(this RouteHandlerBuilder endpoint) => endpoint
        .RequireAuthorization(AccessPolicies.Editor)
        // No Accepts metadata: routing would refuse another content type with its own 415 before the
        // access rule ran, and say to send JSON; CsvRows refuses it, after (CsvImportFilter documents the body).
        .WithMetadata(new CsvImportMetadata(typeof(TRequest)))
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Ok<ImportResult>> Import<TEntity, TRequest, TResponse>(
        WriteModel<TEntity, TRequest, TResponse> model, Type exported,
        Func<TRequest, LetterTrackerDbContext, CancellationToken, Task<List<Guid>>>? sameName,
        ImportQuery query, HttpContext http, CancellationToken cancellationToken)
        where TEntity : Entity where TRequest : class where TResponse : class, IResource
    {
        var mode = QueryParameters.Enum<ImportMode>(query.Mode, "mode") ?? ImportMode.AllOrNothing;
        var dryRun = query.DryRun ?? false;
        var rows = await CsvRows.ReadAsync(http, typeof(TRequest), exported, BodyReader.Options(http));

        // The write gate's transaction (every write runs in one); a dry run undoes its rows, nothing else.
        var db = http.RequestServices.GetRequiredService<LetterTrackerDbContext>();
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("An import runs in the write transaction the write gate opens.");
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);

        var results = new List<ImportRow>(rows.Count);
        // The records this import made, by id: what an earlier row made is named by its row, not by an id
        // that a dry run or a refused import never keeps.
        var rowOf = new Dictionary<Guid, int>();
        foreach (var (fields, index) in rows.Select((r, i) => (r, i)))
        {
            try
            {
                var request = await BodyReader.ReadNewAsync<TRequest, TResponse>(fields, http, cancellationToken);
                var named = sameName is null ? [] : await sameName(request, db, cancellationToken);
                var id = await model.Add(request, restored: null, http, cancellationToken);
                rowOf[id] = index + 1;
                results.Add(new(index + 1, id, null,
                    SameNameIds: named.Where(n => !rowOf.ContainsKey(n)).ToList() is { Count: > 0 } before ? before : null,
                    SameNameRows: named.Where(rowOf.ContainsKey).Select(n => rowOf[n]).ToList() is { Count: > 0 } earlier ? earlier : null));
            }
            catch (ProblemException refused) when (refused.Errors is not null)
            {
                var existing = refused.Extensions.TryGetValue(Writes.ExistingIdMember, out var value) ? value as Guid? : null;
                results.Add(existing is { } repeated && rowOf.TryGetValue(repeated, out var row)
                    ? new(index + 1, null, refused.Errors, ExistingRow: row)
                    : new(index + 1, null, refused.Errors, ExistingId: existing));
            }
        }

        var failed = results.Where(r => r.Errors is not null).ToList();
        if (mode == ImportMode.AllOrNothing && failed.Count > 0)
        {
            // Thrown: the write gate rolls the transaction back, every row with it.
            throw Refused(failed, rows.Count, model.Noun, dryRun);
        }

        if (dryRun)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            results = [.. results.Select(r => r with { Id = null })];
        }

        return TypedResults.Ok(new ImportResult(dryRun, mode, rows.Count, rows.Count - failed.Count, failed.Count, results));
    }

    /// <summary>Every bad row's errors, keyed rows[n].field; a 409 when each is a name taken (existingId on each row), else a 400.</summary>
    private static ProblemException Refused(List<ImportRow> failed, int rows, string noun, bool dryRun)
    {
        var taken = failed.All(r => r.ExistingId is not null || r.ExistingRow is not null);
        var problem = new ProblemException(
            taken ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
            taken ? "Rows repeat records that exist." : "The import has rows that cannot be imported.",
            $"{failed.Count} of {rows} rows cannot be imported as {(noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {noun}, so {(dryRun ? "none would be" : "none was")}: fix the rows listed in errors " +
            $"(rows[n] is the n-th line after the header), or send mode=validOnly to import the others.")
        {
            Errors = failed
                .SelectMany(r => r.Errors!.Select(e => (Key: $"rows[{r.Row}].{e.Key}", e.Value)))
                .ToDictionary(e => e.Key, e => e.Value),
        };
        problem.Extensions["rows"] = failed;
        return problem;
    }
}

/// <summary>Marks an import; the OpenAPI document shows its CSV body with an example row of the request type's Example.</summary>
public sealed record CsvImportMetadata(Type RequestType);
