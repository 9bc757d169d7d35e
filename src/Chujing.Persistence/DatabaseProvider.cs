namespace Chujing.Persistence;

/// <summary>The database engines the platform runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
