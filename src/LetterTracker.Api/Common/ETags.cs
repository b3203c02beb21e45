namespace LetterTracker.Api.Common;

/// <summary>A record's ETag is its concurrency version, so If-Match can be checked without reading the row twice.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    public static void SetETag(this HttpResponse response, IResource resource) =>
        response.Headers.ETag = For(resource.Version);
}
