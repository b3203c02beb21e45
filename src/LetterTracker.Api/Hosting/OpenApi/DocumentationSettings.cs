namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// The "Documentation" configuration section: whom the document names as contact. Each instance is
/// run by some organisation; it names itself here (Documentation__ContactEmail=...).
/// </summary>
public sealed class DocumentationSettings
{
    public const string Section = "Documentation";

    public string ContactName { get; set; } = "The operators of this LetterTracker instance";
    public string? ContactEmail { get; set; }
    public Uri? ContactUrl { get; set; }
}
