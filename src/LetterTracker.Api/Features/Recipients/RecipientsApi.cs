using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterTracker.Api.Features.Recipients;

public static class RecipientsApi
{
    public static void MapRecipients(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/recipients").WithTags("Recipients");
        group.MapGet("/", ListRecipients).WithName(nameof(ListRecipients)).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetRecipient).WithName(nameof(GetRecipient))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>List recipients</summary>
    /// <remarks>Oldest record first. Paged with limit and cursor; the Link header points at the next page.</remarks>
    public static async Task<Ok<Page<RecipientResponse>>> ListRecipients(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Recipients.ToPageAsync(RecipientResponse.Projection, page, http, cancellationToken));

    /// <summary>Get a recipient</summary>
    /// <remarks>A body letters go to, with its parent and citations. The ETag header carries the record's version.</remarks>
    /// <param name="id">The recipient's id (a UUID).</param>
    public static Task<Ok<RecipientResponse>> GetRecipient(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.Recipients.ReadOneAsync(id, RecipientResponse.Projection, "recipient", response, cancellationToken);
}
