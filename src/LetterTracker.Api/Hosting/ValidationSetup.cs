using System.Text.Json;
using FluentValidation;

namespace LetterTracker.Api.Hosting;

public static class ValidationSetup
{
    /// <summary>
    /// Registers every validator in the API (FluentValidation's DI package is not available here) as
    /// scoped, since validators that check references query the request's DbContext.
    /// </summary>
    public static void AddValidators(this IServiceCollection services)
    {
        // Errors are keyed by the JSON field the client sent ("signatoryIds[2]"), not the C# name.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);

        var validators = typeof(ValidationSetup).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddScoped(service, implementation);
        }
    }
}
