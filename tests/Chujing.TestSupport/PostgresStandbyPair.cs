using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Chujing.TestSupport;

/// <summary>
/// A PostgreSQL primary with a synchronous streaming standby on loopback, for failover tests: the primary commits only
/// once the standby has the commit's WAL (<c>synchronous_standby_names</c>, <c>synchronous_commit = on</c>), the
/// primary can be killed with SIGKILL, the standby promoted, and a new standby of the new primary built on the dead
/// server's port — so a multi-host connection string over the two ports names the pair for all its life.
/// </summary>
/// <remarks>
/// Each server is a data folder owned by <c>postgres</c> (see <see cref="PostgresServer"/>), the standby a
/// <c>pg_basebackup -R -X stream</c> of the primary. <c>fsync</c> is off: the tests kill processes, not machines,
/// and the operating system keeps what a killed process wrote.
/// </remarks>
public sealed class PostgresStandbyPair : IDisposable
{
    /// <summary>The standby's <c>application_name</c>, the one <c>synchronous_standby_names</c> waits for.</summary>
    public const string StandbyName = "standby1";

    private readonly string _root;
    private readonly string _binDir;
    private readonly bool _asPostgres;
    private readonly int[] _ports;
    private int _primary;
    private bool _standbyRunning;
    private readonly string[] _dataDirs = new string[2];
    private int _generation;

    private PostgresStandbyPair(string root, string binDir, bool asPostgres, int[] ports)
    {
        _root = root;
        _binDir = binDir;
        _asPostgres = asPostgres;
        _ports = ports;
    }

    /// <summary>The primary's port on 127.0.0.1.</summary>
    public int PrimaryPort => _ports[_primary];

    /// <summary>The standby's port on 127.0.0.1 (no server listens there between a promotion and <see cref="StartStandby"/>).</summary>
    public int StandbyPort => _ports[1 - _primary];

    /// <summary>Starts a primary and its synchronous standby and waits until the primary reports the standby as <c>sync</c>.</summary>
    public static PostgresStandbyPair Start()
    {
        var binDir = PostgresTools.FindBinDir();
        var asPostgres = Environment.UserName == "root";
        var root = Path.Combine(Path.GetTempPath(), "chujing-pgpair-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        if (asPostgres)
        {
            PostgresTools.Run("chown", ["postgres:postgres", root], asPostgres: false);
        }

        var pair = new PostgresStandbyPair(root, binDir, asPostgres, [LoopbackPort.Free(), LoopbackPort.Free()]);
        try
        {
            var data = pair.NewDataDir(0);
            PostgresTools.Run(Path.Combine(binDir, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres);
            File.AppendAllText(Path.Combine(data, "postgresql.conf"), $"""

                listen_addresses = '127.0.0.1'
                max_connections = 200
                fsync = off
                wal_level = replica
                max_wal_senders = 10
                synchronous_standby_names = '{StandbyName}'
                synchronous_commit = on

                """);
            pair.StartServer(0);
            pair.StartStandby();
            return pair;
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    /// <summary>Connection string to the <c>postgres</c> database of the current primary.</summary>
    public string PrimaryAdminConnectionString => Direct(PrimaryPort, "postgres");

    /// <summary>Creates an empty database on the primary (and so on the standby) and returns its name.</summary>
    public string CreateDatabase(string prefix = "t")
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..8];
        using var connection = new NpgsqlConnection(PrimaryAdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return name;
    }

    /// <summary>
    /// A multi-host connection string over both ports that targets whichever is primary; host states are rechecked
    /// every second (Npgsql's default is 10 s), so a promotion is seen quickly.
    /// </summary>
    public string MultiHostConnectionString(string database) =>
        $"Host=127.0.0.1:{Port(_ports[0])},127.0.0.1:{Port(_ports[1])};Username=postgres;Database={database};Target Session Attributes=primary;Host Recheck Seconds=1";

    /// <summary>
    /// Connection string to <paramref name="database"/> on the standby alone, once the standby has replayed its
    /// creation (a moment after the primary commits it; at most 30 s).
    /// </summary>
    public async Task<string> StandbyConnectionStringAsync(string database)
    {
        var connectionString = Direct(StandbyPort, database);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                return connectionString;
            }
            catch (PostgresException) when (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Connection string to <paramref name="database"/> on the current primary alone.</summary>
    public string PrimaryConnectionString(string database) => Direct(PrimaryPort, database);

    /// <summary>SIGKILL to every process of the primary server at once (the postmaster leads their process group), as a machine that dies.</summary>
    public void KillPrimary()
    {
        var pid = int.Parse(File.ReadLines(Path.Combine(DataDir(_primary), "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        PostgresTools.Run("kill", ["-KILL", "--", "-" + pid.ToString(CultureInfo.InvariantCulture)], asPostgres: false);
        var deadline = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"the primary's postmaster {pid} is still alive after SIGKILL");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>Promotes the standby (<c>pg_ctl promote</c>, waiting until it takes writes); it becomes the primary, and there is no standby until <see cref="StartStandby"/>.</summary>
    public void PromoteStandby()
    {
        if (!_standbyRunning)
        {
            throw new InvalidOperationException("there is no standby to promote");
        }

        PostgresTools.Run(Path.Combine(_binDir, "pg_ctl"), ["-D", DataDir(1 - _primary), "-w", "-t", "60", "promote"], _asPostgres);
        _primary = 1 - _primary;
        _standbyRunning = false;
    }

    /// <summary>
    /// Builds a new standby of the primary on the other port (a base backup in a fresh folder; whatever server was there
    /// must be dead), starts it and waits until the primary reports it as its synchronous standby.
    /// </summary>
    public void StartStandby()
    {
        var slot = 1 - _primary;
        StopServer(slot);
        var data = NewDataDir(slot);
        PostgresTools.Run(Path.Combine(_binDir, "pg_basebackup"), ["-h", "127.0.0.1", "-p", Port(PrimaryPort), "-U", "postgres", "-D", data, "-R", "-X", "stream", "-c", "fast", "--no-sync"], _asPostgres);

        // -R wrote standby.signal and a primary_conninfo; this one, appended last, also names the standby for synchronous_standby_names.
        File.AppendAllText(Path.Combine(data, "postgresql.auto.conf"), $"primary_conninfo = 'host=127.0.0.1 port={Port(PrimaryPort)} user=postgres application_name={StandbyName}'\n");
        StartServer(slot);
        _standbyRunning = true;
        using var connection = new NpgsqlConnection(PrimaryAdminConnectionString);
        connection.Open();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_replication WHERE application_name = @name AND sync_state = 'sync'", connection);
            command.Parameters.AddWithValue("name", StandbyName);
            if ((long)command.ExecuteScalar()! == 1)
            {
                return;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException("the standby did not become synchronous: " + File.ReadAllText(Path.Combine(_root, $"log{slot}")));
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            StopServer(0);
            StopServer(1);
        }
        finally
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the servers are stopped.
            }
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static string Direct(int port, string database) =>
        $"Host=127.0.0.1;Port={Port(port)};Username=postgres;Database={database};Pooling=false";

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private string DataDir(int slot) => _dataDirs[slot];

    private string NewDataDir(int slot) =>
        _dataDirs[slot] = Path.Combine(_root, $"data{slot}-{++_generation}");

    private void StartServer(int slot)
    {
        var options = $"-p {Port(_ports[slot])} -k {_root}";
        PostgresTools.Run(Path.Combine(_binDir, "pg_ctl"), ["-D", DataDir(slot), "-l", Path.Combine(_root, $"log{slot}"), "-o", options, "-w", "-t", "60", "start"], _asPostgres);
    }

    /// <summary>Stops the server of <paramref name="slot"/> if one runs there and deletes its folder.</summary>
    private void StopServer(int slot)
    {
        foreach (var data in Directory.GetDirectories(_root, $"data{slot}-*"))
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try
                {
                    PostgresTools.Run(Path.Combine(_binDir, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], _asPostgres);
                }
                catch (InvalidOperationException)
                {
                    // Already dead (killed): its pid file is stale.
                }
            }

            Directory.Delete(data, recursive: true);
        }
    }
}
