using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.Access;

/// <summary>
/// Answers a request the access rules refuse as an RFC 9457 problem that says what is needed: 401
/// (no key, or one refused, with the reason; WWW-Authenticate: ApiKey) or 403 (a valid key whose role
/// is not enough). Both carry requiredRole.
/// </summary>
public sealed class AccessProblems(IProblemDetailsService problems, IOptionsMonitor<AuthSettings> settings) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await framework.HandleAsync(next, http, policy, result);
            return;
        }

        var needed = policy.Requirements.OfType<AccessRequirement>().Select(r => r.Needed(settings.CurrentValue)).Max();
        var endpoint = $"{http.Request.Method} {http.Request.Path}";
        var what = needed is { } role
            ? $"{endpoint} needs {AccessPolicies.Describe(role)}, sent in the {ApiKeySecrets.Header} header."
            : $"{endpoint} needs no API key: send a valid one in the {ApiKeySecrets.Header} header, or none.";
        ProblemDetails problem;
        if (result.Challenged)
        {
            await http.ChallengeAsync();
            // The handler keeps its result for the request: this reads why the key was refused, without a second lookup.
            var refusal = (await http.AuthenticateAsync()).Failure?.Message;
            problem = refusal is null
                ? new ProblemDetails { Title = "An API key is required.", Detail = what }
                : new ProblemDetails { Title = "The API key is not valid.", Detail = $"The {ApiKeySecrets.Header} sent {refusal}. {what}" };
        }
        else
        {
            await http.ForbidAsync();
            problem = new ProblemDetails
            {
                Title = "The API key's role does not allow this.",
                Detail = $"{what} The key '{http.User.Identity?.Name}' has the role {http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value}.",
            };
        }

        problem.Status = http.Response.StatusCode;
        problem.Extensions["requiredRole"] = needed is { } minimum ? AccessPolicies.NameOf(minimum) : null;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
