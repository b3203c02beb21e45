namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>A seeded app shared by one test class whose tests only read.</summary>
public sealed class SeededApp() : LetterTrackerAppBase(seed: true);

/// <summary>Lets xunit build class fixtures (one public parameterless constructor) from the app.</summary>
public abstract class LetterTrackerAppBase(bool seed) : IDisposable
{
    public LetterTrackerApp App { get; } = new(seed);

    public HttpClient CreateClient() => App.CreateClient();

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }
}
