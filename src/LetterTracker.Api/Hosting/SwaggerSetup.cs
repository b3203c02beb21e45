using LetterTracker.Api.Common.Access;
using Microsoft.OpenApi;

namespace LetterTracker.Api.Hosting;

public static class SwaggerSetup
{
    public static void AddSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddOptions<OpenApi.DocumentationSettings>().BindConfiguration(OpenApi.DocumentationSettings.Section);
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
            // A nullable property of a record or enum type (a recipient's parent, a dispatch's channel) is
            // sent as null: allOf lets the property say so beside the $ref.
            options.UseAllOfToExtendReferenceSchemas();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<OptionalListsSchemaFilter>();
            options.SchemaFilter<OpenApi.SchemaLimitsFilter>();
            options.ParameterFilter<OpenApi.ParameterLimitsFilter>();
            options.OperationFilter<OpenApi.PathExamplesFilter>();
            options.OperationFilter<OpenApi.PatchSchemasFilter>();
            options.OperationFilter<OpenApi.ReplacementSchemasFilter>();
            options.OperationFilter<HttpSemanticsOperationFilter>();
            // Before the limits' filter, which documents a 413 on every operation with a body: it makes the import's.
            options.OperationFilter<OpenApi.CsvImportFilter>();
            options.OperationFilter<LimitResponsesOperationFilter>();
            options.OperationFilter<OpenApi.CsvExportFilter>();
            options.OperationFilter<OpenApi.TextResponseFilter>();
            // Swagger UI's Authorize button: the key entered there is sent as X-Api-Key on the
            // operations whose security names this scheme (AccessOperationFilter).
            options.AddSecurityDefinition(ApiKeyAuthentication.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeySecrets.Header,
                Description = "An API key's secret (POST /api/api-keys, the create-key command, or Auth:BootstrapAdminKey). " +
                    "Reads need none unless Auth:AnonymousRead is false; writes need an editor or admin key; /api/api-keys an admin key.",
            });
            options.OperationFilter<AccessOperationFilter>();
            options.OperationFilter<Common.Idempotency.IdempotencyOperationFilter>();
            // Last: it gives every error response the problem schema, whichever filter added it.
            options.OperationFilter<OpenApi.ProblemResponsesFilter>();
            options.DocumentFilter<OpenApi.DocumentFilter>();
        });
    }
}
