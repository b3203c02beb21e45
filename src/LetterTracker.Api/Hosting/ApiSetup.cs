using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common.Idempotency;
using LetterTracker.Api.Common.RequestLimits;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Queries;
using LetterTracker.Api.Features.ApiKeys;
using LetterTracker.Api.Features.Audit;
using LetterTracker.Api.Features.Calendar;
using LetterTracker.Api.Features.CasualtyFigures;
using LetterTracker.Api.Features.Import;
using LetterTracker.Api.Features.Citations;
using LetterTracker.Api.Features.Dispatches;
using LetterTracker.Api.Features.Incidents;
using LetterTracker.Api.Features.Letters;
using LetterTracker.Api.Features.Organisations;
using LetterTracker.Api.Features.Recipients;
using LetterTracker.Api.Features.Search;
using LetterTracker.Api.Features.Sources;
using LetterTracker.Api.Features.Stats;
using LetterTracker.Api.Features.Webhooks;

namespace LetterTracker.Api.Hosting;

public static class ApiSetup
{
    public static void AddApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PagingSettings>(builder.Configuration.GetSection(PagingSettings.Section));
        services.Configure<TrackingSettings>(builder.Configuration.GetSection(TrackingSettings.Section));
        services.Configure<RequestLimitSettings>(builder.Configuration.GetSection(RequestLimitSettings.Section));
        services.AddRateLimits(builder.Configuration);
        services.AddApiJson();

        // Every error leaves as RFC 9457 problem+json with a traceId (the W3C trace id), through one handler.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = FrameworkProblems.Complete);
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures (a malformed id, limit=abc) throw, so the handler above can explain them.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddAccess(builder.Configuration);
        services.AddIdempotency(builder.Configuration);
        services.AddValidators();
        services.AddSwagger();
        services.AddWebhooks(builder.Configuration);
    }

    /// <summary>
    /// The API's JSON: how requests are read and answers and audit entries written. Also for what writes
    /// outside a request (the create-key command's audit entry), so its entries read as the API's do.
    /// </summary>
    public static void AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            // Strict reading: an unknown field, a repeated key, an enum sent as a number or a number
            // sent as a string is an
            // error the client hears about, not something silently dropped or guessed.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // "393" is not 393
            options.SerializerOptions.Converters.Add(new OffsetRequiredConverter());
            // Letters and quotes are full of en dashes and curly quotes: keep them readable, while
            // HTML-sensitive characters (<, >, &, ') stay escaped.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });

    public static void UseApi(this WebApplication app)
    {
        // Every request has an Activity, whose trace id its problems and log lines carry.
        app.UseRequestActivity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Oversized requests go first: refusing them needs no key lookup. (Before anything that wraps
        // the body, such as the idempotency buffer, so the limit holds however the body is read.)
        app.UseMiddleware<RequestLimitsMiddleware>();
        // Then the request's one database connection (SQLite), which the key lookup uses first.
        app.UseRequestConnection();
        // Who calls (the API key, looked up only for endpoints with an access rule) is known early, for
        // whatever depends on it; whether they may is decided just before the endpoint.
        app.UseAuthentication();
        // After authentication, so that a request with a key uses the key's permits.
        app.UseRateLimiter();
        app.UseIdempotencyKeys();
        app.UseSwagger();
        app.UseSwaggerUiPage();
        app.UseAuthorization();
    }

    public static void MapFeatures(this WebApplication app)
    {
        // Outermost first: the access rules (checked before any filter runs); refusals become problems;
        // query parameters the endpoint does not take are refused; a keyed POST claims its key and opens
        // its transaction in its write turn; every other write waits for its turn at the gate.
        var api = app.MapGroup("/api").RequireAccessRules().AnswerRefusalsAsProblems()
            .RefusingUnknownAndRepeatedParameters()
            .AddEndpointFilter<IdempotencyFilter>()
            .AddEndpointFilter<Common.Writes.WriteGateFilter>();
        api.MapSources();
        api.MapCitations();
        api.MapIncidents();
        api.MapCasualtyFigures();
        api.MapOrganisations();
        api.MapRecipients();
        api.MapLetters();
        api.MapDispatches();
        api.MapSearch();
        api.MapAudit();
        api.MapStats();
        api.MapImport();
        api.MapCalendar();
        api.MapApiKeys();
        api.MapWebhooks();
        app.MapHealth();
        app.BuildEndpointsOnce();
    }
}
