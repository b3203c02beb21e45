namespace LetterTracker.Api.Common;

/// <summary>A request parameter the API refuses; answered as a 400 problem with errors keyed by parameter.</summary>
public sealed class RequestValidationException(string field, string error)
    : Exception($"The '{field}' parameter is not valid: {error}")
{
    public IDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]> { [field] = [error] };
}
