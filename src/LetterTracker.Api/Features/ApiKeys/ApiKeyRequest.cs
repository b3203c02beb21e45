using System.ComponentModel.DataAnnotations;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.ApiKeys;

/// <summary>A key to create.</summary>
public sealed record ApiKeyRequest
{
    /// <summary>Who or what will hold the key ("Berlin office laptop"); shown in lists and the audit trail.</summary>
    public string Name { get; init; } = "";

    /// <summary>reader (reads), editor (reads and writes records) or admin (also manages keys).</summary>
    [Required]
    public ApiKeyRole? Role { get; init; }

    /// <summary>Shown in Swagger.</summary>
    public static ApiKeyRequest Example { get; } = new() { Name = "Berlin office laptop", Role = ApiKeyRole.Editor };
}
