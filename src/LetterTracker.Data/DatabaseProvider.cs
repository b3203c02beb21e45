namespace LetterTracker.Data;

/// <summary>The database behind the API: SQLite embedded by default, PostgreSQL to scale out.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
