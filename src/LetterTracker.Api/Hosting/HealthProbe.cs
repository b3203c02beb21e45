namespace LetterTracker.Api.Hosting;

/// <summary>
/// `dotnet LetterTracker.Api.dll probe URL` exits 0 when URL answers 2xx within five seconds, else 1.
/// It is the container's HEALTHCHECK: the ASP.NET runtime image has no curl, and this way the check
/// is code the tests run too.
/// </summary>
public static class HealthProbe
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args is not ["probe", var url])
        {
            return null;
        }

        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException)
        {
            Console.Error.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }
}
