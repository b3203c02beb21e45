using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common.Csv;
using LetterTracker.Api.Common.Writes;

namespace LetterTracker.Api.Common;

/// <summary>A resource's six standard operations: named handler methods, whose XML comments document them in Swagger.</summary>
public sealed record ResourceHandlers(Delegate List, Delegate Get, Delegate Create, Delegate Replace, Delegate Patch, Delegate Delete);

/// <summary>Maps the routes every resource has, with their names, access rules and the problems each can answer, in one place.</summary>
public static class ResourceRoutes
{
    /// <summary>GET list (JSON pages, or every row as CSV), GET one, POST, PUT, PATCH (merge patch of TRequest) and DELETE; returns the group for further routes.</summary>
    public static RouteGroupBuilder MapResource<TRequest>(this IEndpointRouteBuilder api, string path, string tag, ResourceHandlers handlers)
        where TRequest : notnull
    {
        var group = api.MapGroup(path).WithTags(tag);
        group.MapGet("/", handlers.List).NamedAfter(handlers.List).RequireAuthorization(AccessPolicies.Read)
            .ProducesProblem(StatusCodes.Status400BadRequest).ExportsCsv(fileName: path.Trim('/'));
        group.MapGet("/{id}", handlers.Get).NamedAfter(handlers.Get).RequireAuthorization(AccessPolicies.Read).ProducesReadProblems();
        group.MapPost("/", handlers.Create).NamedAfter(handlers.Create).RequireAuthorization(AccessPolicies.Editor)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/{id}", handlers.Replace).NamedAfter(handlers.Replace).RequireAuthorization(AccessPolicies.Editor).ProducesUpdateProblems();
        // PATCH reads its own body (MergePatch); Accepts documents it, and routes only those media types here.
        group.MapPatch("/{id}", handlers.Patch).NamedAfter(handlers.Patch).RequireAuthorization(AccessPolicies.Editor)
            .Accepts<TRequest>(MergePatch.MediaType, JsonBody.MediaType).ProducesUpdateProblems();
        group.MapDelete("/{id}", handlers.Delete).NamedAfter(handlers.Delete).RequireAuthorization(AccessPolicies.Editor)
            .ProducesDeleteProblems();
        return group;
    }

    /// <summary>A read of one record, or of records under one: 400 for a malformed id or paging parameter, 404 for an unknown id.</summary>
    public static RouteHandlerBuilder ProducesReadProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A delete with If-Match: 400 for a malformed id, 404, 409 when the record cannot go now (each operation says why), 412 for a stale ETag, 428 without If-Match.</summary>
    public static RouteHandlerBuilder ProducesDeleteProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>The operation id is the handler's name (ListLetters, PatchDispatch, ...).</summary>
    public static RouteHandlerBuilder NamedAfter(this RouteHandlerBuilder endpoint, Delegate handler) =>
        endpoint.WithName(handler.Method.Name);

    private static RouteHandlerBuilder ProducesUpdateProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
