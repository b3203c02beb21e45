namespace LetterTracker.Api.Common.Writes;

/// <summary>The problem responses each kind of write can answer, declared once for Swagger.</summary>
public static class WriteEndpointMetadata
{
    public static RouteHandlerBuilder ProducesCreateProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static RouteHandlerBuilder ProducesUpdateProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static RouteHandlerBuilder ProducesDeleteProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>PATCH reads its own body (see <see cref="MergePatch"/>); this documents it: any part of TRequest, as merge-patch JSON.</summary>
    public static RouteHandlerBuilder AcceptsMergePatch<TRequest>(this RouteHandlerBuilder endpoint) where TRequest : notnull =>
        endpoint.Accepts<TRequest>(MergePatch.MediaType);
}
