using Microsoft.OpenApi;

namespace LetterTracker.Api.Hosting;

public static class SwaggerSetup
{
    public static void AddSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "LetterTracker API",
                Version = "v1",
                Description = "Tracks protest letters: the incidents they are about, the organisations that sign them, " +
                    "the bodies that receive them, and what became of each dispatch. Every seeded fact cites the report that states it.",
            });
            options.IncludeXmlComments(typeof(SwaggerSetup).Assembly);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<OptionalListsSchemaFilter>();
            options.OperationFilter<HttpSemanticsOperationFilter>();
            options.OperationFilter<Common.Idempotency.IdempotencyOperationFilter>();
        });
    }
}
