using System.Security.Claims;
using System.Text.Json;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.Access;

/// <summary>
/// The authorization policies endpoints name. "reader", "editor" and "admin" need a key with at least
/// that role (admin ⊇ editor ⊇ reader); "read", the rule of every GET, needs none while
/// Auth:AnonymousRead is true and a reader's otherwise. A key that was sent but refused (malformed,
/// unknown, revoked) satisfies none of them, so a client with a typo hears 401 even where no key is needed.
/// </summary>
public static class AccessPolicies
{
    public const string Read = "read";
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static void AddAccessPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Read, policy => policy.AddRequirements(new AccessRequirement(null)));
        options.AddPolicy(Reader, policy => policy.AddRequirements(new AccessRequirement(ApiKeyRole.Reader)));
        options.AddPolicy(Editor, policy => policy.AddRequirements(new AccessRequirement(ApiKeyRole.Editor)));
        options.AddPolicy(Admin, policy => policy.AddRequirements(new AccessRequirement(ApiKeyRole.Admin)));
    }

    /// <summary>The role's name in claims, JSON and policies: "reader", "editor", "admin".</summary>
    public static string NameOf(ApiKeyRole role) => role.CamelName();

    /// <summary>The caller's role, from the claims an API key gives; null for an anonymous caller.</summary>
    public static ApiKeyRole? RoleOf(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: ApiKeyAuthentication.SchemeName }
        && Enum.TryParse<ApiKeyRole>(user.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role)
            ? role
            : null;

    /// <summary>What a role needs, in the words of problem details and Swagger.</summary>
    public static string Describe(ApiKeyRole minimum) => minimum switch
    {
        ApiKeyRole.Reader => "an API key (any role: reader, editor or admin)",
        ApiKeyRole.Editor => "an API key with the role editor or admin",
        _ => "an API key with the role admin",
    };
}

/// <summary>A key of at least <see cref="Minimum"/>; null: the "read" rule, whose minimum depends on Auth:AnonymousRead.</summary>
public sealed record AccessRequirement(ApiKeyRole? Minimum) : IAuthorizationRequirement
{
    /// <summary>The role needed now, or null when anyone may pass without a key.</summary>
    public ApiKeyRole? Needed(AuthSettings settings) => Minimum ?? (settings.AnonymousRead ? null : ApiKeyRole.Reader);
}

public sealed class AccessRequirementHandler(IOptionsMonitor<AuthSettings> settings) : AuthorizationHandler<AccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var needed = requirement.Needed(settings.CurrentValue);
        var allowed = AccessPolicies.RoleOf(context.User) is { } role
            ? needed is null || role >= needed
            : needed is null && !(context.Resource is HttpContext http && ApiKeyAuthentication.KeySent(http));
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
