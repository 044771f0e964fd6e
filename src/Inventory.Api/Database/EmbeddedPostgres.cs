using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Npgsql;

namespace Inventory.Api.Database;

/// <summary>
/// A private PostgreSQL cluster started from the server binaries on the machine: the product's
/// embedded default when no connection string is configured, and the tests' last resort.
/// </summary>
/// <remarks>
/// Layout of <see cref="EmbeddedPostgresOptions.RootDirectory"/>: <c>data/</c> (the cluster, owned by the
/// user PostgreSQL runs as), <c>password</c> (0600, the <c>inventory</c> role's password), <c>users/</c>
/// (one file per process using the cluster: the last one out stops it) and <c>cluster.lock</c>.
/// </remarks>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    public const string SuperUser = "inventory";
    private readonly EmbeddedPostgresOptions _options;
    private readonly string _binDirectory;
    private readonly Action<string> _log;
    private readonly object _stopLock = new();
    private Task? _stop;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, string binDirectory, int port, string password, Action<string> log)
    {
        _options = options;
        _binDirectory = binDirectory;
        Port = port;
        Password = password;
        _log = log;
    }

    public int Port { get; }
    public string Password { get; }
    public string DataDirectory => Path.Combine(_options.RootDirectory, "data");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, Action<string>? log = null, CancellationToken ct = default)
    {
        log ??= _ => { };
        var bin = FindBinDirectory(options.BinDirectory) ?? throw new InvalidOperationException(
            "No PostgreSQL database is available. Either set the connection string 'ConnectionStrings:Inventory' " +
            "(environment variable ConnectionStrings__Inventory) to a PostgreSQL 14+ database, or install the " +
            "PostgreSQL server binaries (Debian/Ubuntu: 'apt-get install postgresql'; macOS: 'brew install postgresql') " +
            "so the embedded default can start a private cluster; if they are installed somewhere unusual, set " +
            "'Inventory:Postgres:BinDirectory' to the folder holding initdb and pg_ctl.");

        var root = Path.GetFullPath(options.RootDirectory);
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, "users"));
        var runAs = IsRoot() ? options.RunAsUser : null;

        await using var _ = await FileLock.AcquireAsync(Path.Combine(root, "cluster.lock"), TimeSpan.FromSeconds(120), ct);

        var data = Path.Combine(root, "data");
        var passwordFile = Path.Combine(root, "password");
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            log($"Creating a PostgreSQL cluster in {data} (binaries: {bin})");
            await InitDbAsync(bin, data, passwordFile, runAs, ct);
        }

        var password = (await File.ReadAllTextAsync(passwordFile, ct)).Trim();
        var port = RunningPort(data);
        if (port is null)
        {
            port = options.Port > 0 ? options.Port : FreePort();
            log($"Starting PostgreSQL on 127.0.0.1:{port}");
            await RunAsync(bin, "pg_ctl", runAs, ct,
                "-D", data, "-l", Path.Combine(data, "postgres.log"), "-w", "-t", "120",
                "-o", $"-p {port} {ServerSettings(options)}", "start");
        }
        else
        {
            log($"Using the PostgreSQL cluster already running on 127.0.0.1:{port}");
        }

        var cluster = new EmbeddedPostgres(options with { RootDirectory = root }, bin, port.Value, password, log);
        await File.WriteAllTextAsync(cluster.UserFile, Environment.ProcessId.ToString(), ct);
        await cluster.EnsureDatabaseAsync(options.Database, ct);
        return cluster;
    }

    /// <summary>Creates <paramref name="database"/> when it does not exist yet.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
        {
            Parameters = { new() { Value = database } },
        };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"")}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another process created it at the same moment.
            }
        }
    }

    private string UserFile => Path.Combine(_options.RootDirectory, "users", Environment.ProcessId.ToString());

    /// <summary>
    /// Stops the cluster unless another live process still uses it. Every caller waits for the same stop: the host's
    /// services are stopped more than once, at the same time (the host's StopAsync, Wolverine's own shutdown
    /// (WolverineRuntime.runShutdownAsync) stopping the hosted services again, the test host's dispose), and a caller
    /// must not return while another is still stopping the cluster.
    /// </summary>
    public Task StopAsync(CancellationToken ct = default)
    {
        lock (_stopLock) return _stop ??= StopOnceAsync(ct);
    }

    private async Task StopOnceAsync(CancellationToken ct)
    {
        await using var _ = await FileLock.AcquireAsync(Path.Combine(_options.RootDirectory, "cluster.lock"), TimeSpan.FromSeconds(120), ct);
        File.Delete(UserFile);
        if (OtherLiveUsers().Any())
        {
            _log("PostgreSQL cluster left running: another process still uses it");
            return;
        }

        _log("Stopping the embedded PostgreSQL cluster");
        var runAs = IsRoot() ? _options.RunAsUser : null;
        await RunAsync(_binDirectory, "pg_ctl", runAs, ct, "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private IEnumerable<int> OtherLiveUsers()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_options.RootDirectory, "users")))
        {
            if (!int.TryParse(Path.GetFileName(file), out var pid) || pid == Environment.ProcessId) continue;
            if (IsAlive(pid)) yield return pid;
            else File.Delete(file);
        }
    }

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

    private static string ServerSettings(EmbeddedPostgresOptions options)
    {
        var settings = new Dictionary<string, string>
        {
            ["listen_addresses"] = "127.0.0.1",
            // No Unix socket: its path length limit and folder permissions are not worth the trouble here.
            ["unix_socket_directories"] = "''",
            ["max_connections"] = options.MaxConnections.ToString(),
        };
        if (!options.Durable)
        {
            settings["fsync"] = "off";
            settings["synchronous_commit"] = "off";
            settings["full_page_writes"] = "off";
        }

        return string.Join(' ', settings.Select(s => $"-c {s.Key}={s.Value}"));
    }

    private static async Task InitDbAsync(string bin, string data, string passwordFile, string? runAs, CancellationToken ct)
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await WritePrivateFileAsync(passwordFile, password, ct);

        // initdb reads the password from a file the server's user can read; it is deleted right after.
        var parent = Path.GetDirectoryName(data)!;
        var initPassword = Path.Combine(parent, $"initdb-password-{Guid.NewGuid():N}");
        await WritePrivateFileAsync(initPassword, password, ct);
        try
        {
            Directory.CreateDirectory(data);
            if (runAs is not null)
            {
                await RunAsync("/usr/bin", "chown", null, ct, runAs, data, initPassword);
                await RunAsync("/usr/bin", "chmod", null, ct, "700", data);
                await AssertReachableAsync(runAs, data, ct);
            }

            await RunAsync(bin, "initdb", runAs, ct,
                "-D", data, "-U", SuperUser, "-A", "scram-sha-256", $"--pwfile={initPassword}",
                "-E", "UTF8", "--locale=C", "--no-sync");
        }
        finally
        {
            File.Delete(initPassword);
        }
    }

    private static async Task AssertReachableAsync(string runAs, string data, CancellationToken ct)
    {
        try
        {
            await RunAsync("/usr/bin", "test", runAs, ct, "-w", data);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"The user '{runAs}' that runs the embedded PostgreSQL cannot reach {data}. Set " +
                "'Inventory:Postgres:DataDirectory' to a folder outside a private home directory (e.g. under /var/lib).");
        }
    }

    private static async Task WritePrivateFileAsync(string path, string content, CancellationToken ct)
    {
        await File.WriteAllTextAsync(path, content, ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>The port of the cluster running on <paramref name="data"/>, read from postmaster.pid; null when none runs.</summary>
    private static int? RunningPort(string data)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (IOException)
        {
            return null;
        }

        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !IsAlive(pid)) return null;
        return int.TryParse(lines[3], out var port) ? port : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string? FindBinDirectory(string? configured)
    {
        static bool HasServer(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

        if (!string.IsNullOrWhiteSpace(configured)) return HasServer(configured) ? configured : null;

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasServer(dir)) return dir;
        }

        foreach (var parent in new[] { "/usr/lib/postgresql", "/usr/local/opt", "/opt/homebrew/opt" })
        {
            if (!Directory.Exists(parent)) continue;
            var candidate = Directory.EnumerateDirectories(parent)
                .Select(d => Path.Combine(d, "bin"))
                .Where(HasServer)
                .OrderByDescending(d => VersionOf(d))
                .FirstOrDefault();
            if (candidate is not null) return candidate;
        }

        return null;
    }

    private static int VersionOf(string binDir)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(binDir)) ?? "";
        var digits = new string(name.Where(char.IsDigit).ToArray());
        return int.TryParse(digits, out var v) ? v : 0;
    }

    private static async Task RunAsync(string dir, string program, string? runAs, CancellationToken ct, params string[] args)
    {
        var path = Path.Combine(dir, program);
        var start = runAs is null
            ? new ProcessStartInfo(path)
            : new ProcessStartInfo("runuser") { ArgumentList = { "-u", runAs, "--", path } };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        // pg_ctl's server inherits the working directory; root's home may be unreachable for the server's user.
        start.WorkingDirectory = "/";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{program} {string.Join(' ', args)}' failed with exit code {process.ExitCode}: {(await stderr).Trim()} {(await stdout).Trim()}");
        }
    }

    public static bool IsRoot() => !OperatingSystem.IsWindows() && geteuid() == 0;

    [LibraryImport("libc", SetLastError = false)]
    private static partial uint geteuid();
}

public sealed record EmbeddedPostgresOptions
{
    public required string RootDirectory { get; init; }
    public string? BinDirectory { get; init; }
    public int Port { get; init; }
    public string Database { get; init; } = "inventory";
    /// <summary>The unprivileged user the cluster runs as when this process is root (PostgreSQL refuses root).</summary>
    public string RunAsUser { get; init; } = "postgres";
    /// <summary>False trades crash safety for speed (fsync off): only for throwaway test clusters.</summary>
    public bool Durable { get; init; } = true;
    public int MaxConnections { get; init; } = 300;
}
