using LetterTracker.Api.Tests.Infrastructure;

namespace LetterTracker.Api.Tests.Database;

/// <summary>
/// A test that needs a PostgreSQL server, named by the connection string in
/// LETTERTRACKER_TEST_POSTGRES (.ci/postgres.sh starts one and sets it). Without it the test is
/// skipped on a developer's machine, but never in CI (CI=true): there it runs and fails loudly, so a
/// server that did not start cannot pass as green.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.ServerConnectionString is null && !ContinuousIntegration.IsRunning)
        {
            Skip = $"{PostgresTestDatabase.ServerVariable} is not set: source .ci/postgres.sh and run start_test_postgres to run the PostgreSQL tests.";
        }
    }
}
