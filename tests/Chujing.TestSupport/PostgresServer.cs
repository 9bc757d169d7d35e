using System.Globalization;
using Npgsql;

namespace Chujing.TestSupport;

/// <summary>
/// A real PostgreSQL server for the tests: <c>initdb</c> on a temp folder owned by the <c>postgres</c> user,
/// <c>pg_ctl start</c> on a free loopback port with its socket in that folder, stopped and deleted on dispose.
/// Use it as an xunit collection fixture so one server serves a whole test assembly.
/// </summary>
/// <remarks>
/// Tests run as root on CI, and PostgreSQL refuses to run as root, so the server runs as <c>postgres</c>
/// through <c>runuser</c> when the current user is root. The binaries are found on PATH or under
/// /usr/lib/postgresql/*/bin; <c>scripts/test.sh</c> installs them when missing.
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable, IDisposable
{
    private readonly string _dataDir;
    private readonly string _binDir;
    private readonly bool _asPostgresUser;
    private int _databaseCounter;

    private PostgresServer(string dataDir, string binDir, int port, bool asPostgresUser)
    {
        _dataDir = dataDir;
        _binDir = binDir;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Connection string to the <c>postgres</c> maintenance database as the superuser.</summary>
    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres;Pooling=false";

    /// <summary>Starts a fresh server. Throws <see cref="InvalidOperationException"/> with the server's log when it cannot start.</summary>
    public static PostgresServer Start()
    {
        var binDir = PostgresTools.FindBinDir();
        var asPostgres = Environment.UserName == "root";
        var dataDir = Path.Combine(Path.GetTempPath(), "chujing-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDir);
        if (asPostgres)
        {
            PostgresTools.Run("chown", ["postgres:postgres", dataDir], asPostgres: false);
        }

        var pgData = Path.Combine(dataDir, "data");
        PostgresTools.Run(Path.Combine(binDir, "initdb"), ["-D", pgData, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres);
        var port = LoopbackPort.Free();
        var options = $"-p {port.ToString(CultureInfo.InvariantCulture)} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        PostgresTools.Run(Path.Combine(binDir, "pg_ctl"), ["-D", pgData, "-l", Path.Combine(dataDir, "log"), "-o", options, "-w", "-t", "60", "start"], asPostgres);
        return new PostgresServer(dataDir, binDir, port, asPostgres);
    }

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix = "t")
    {
        var name = prefix + "_" + Interlocked.Increment(ref _databaseCounter).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={name}";
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            PostgresTools.Run(Path.Combine(_binDir, "pg_ctl"), ["-D", Path.Combine(_dataDir, "data"), "-m", "immediate", "-w", "stop"], _asPostgresUser);
        }
        finally
        {
            try
            {
                Directory.Delete(_dataDir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the server is stopped.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
