namespace LetterTracker.Api.Tests.Infrastructure;

public static class ContinuousIntegration
{
    /// <summary>
    /// CI runs with CI=true. There a test whose server or browser is missing runs and fails instead of
    /// being skipped, so a missing install cannot pass as green.
    /// </summary>
    public static bool IsRunning =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
