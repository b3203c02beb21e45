using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;

namespace LetterTracker.Api.Common.Writes;

/// <summary>
/// The JSON body of a POST or PUT, read strictly (<see cref="JsonBody"/>) but not yet as
/// <typeparamref name="TRequest"/>: the write reads it (<see cref="BodyReader"/>) once it knows the
/// record, so that wrong types, unknown fields, read-only fields that contradict the record and the
/// validator's rules all come back in one 400. The endpoint accepts application/json with a
/// <typeparamref name="TRequest"/> body, as Swagger shows it.
/// </summary>
public sealed class WriteBody<TRequest> : IBindableFromHttpContext<WriteBody<TRequest>>, IEndpointParameterMetadataProvider
    where TRequest : class
{
    private WriteBody(JsonObject fields) => Fields = fields;

    /// <summary>The body's fields as sent.</summary>
    public JsonObject Fields { get; }

    public static async ValueTask<WriteBody<TRequest>?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        new(await JsonBody.ReadObjectAsync(context, [JsonBody.MediaType], "a JSON object with the record's fields", anyJson: true));

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new AcceptsMetadata([JsonBody.MediaType], typeof(TRequest)));
}
