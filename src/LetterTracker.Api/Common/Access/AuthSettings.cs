namespace LetterTracker.Api.Common.Access;

/// <summary>The "Auth" configuration section.</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>GET requests need no key; when false they need one with any role.</summary>
    public bool AnonymousRead { get; set; } = true;

    /// <summary>When set, an admin key with exactly this secret exists (created at startup if missing).</summary>
    public string? BootstrapAdminKey { get; set; }
}
