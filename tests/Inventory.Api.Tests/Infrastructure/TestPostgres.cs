using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using Npgsql;
using Testcontainers.PostgreSql;
using Inventory.Api.Database;

namespace Inventory.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run on, found in the product's order: a configured connection string
/// (INVENTORY_TEST_POSTGRES or ConnectionStrings__Inventory), else a Testcontainers container when a Docker
/// engine answers, else a private cluster started from the machine's server binaries. Each host gets a database of its own.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestPostgres? _shared;

    private readonly PostgreSqlContainer? _container;
    private readonly EmbeddedPostgres? _embedded;

    private TestPostgres(string serverConnectionString, string source, PostgreSqlContainer? container = null, EmbeddedPostgres? embedded = null)
    {
        ServerConnectionString = serverConnectionString;
        Source = source;
        _container = container;
        _embedded = embedded;
    }

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string ServerConnectionString { get; }

    /// <summary>configured, testcontainers or embedded.</summary>
    public string Source { get; }

    public static string? ConfiguredConnectionString() =>
        Environment.GetEnvironmentVariable("INVENTORY_TEST_POSTGRES") is { Length: > 0 } test ? test
        : Environment.GetEnvironmentVariable("ConnectionStrings__Inventory") is { Length: > 0 } app ? app
        : null;

    public static async Task<TestPostgres> SharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                _shared = await StartAsync();
                // A filtered run may never create the assembly fixture that releases the cluster: the process exit does.
                AppDomain.CurrentDomain.ProcessExit += (_, _) => ReleaseSharedAsync().GetAwaiter().GetResult();
            }

            return _shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Set to 1 to leave the tests' private cluster running after the run, so the next run starts faster.</summary>
    public const string KeepSetting = "INVENTORY_TEST_KEEP_POSTGRES";

    public static bool KeepRunning => Environment.GetEnvironmentVariable(KeepSetting) is "1" or "true";

    /// <summary>
    /// Called once by each test project's assembly fixture when its tests are done: stops what this process started
    /// (the container; the private cluster unless another test process still uses it, see EmbeddedPostgres' users),
    /// unless <see cref="KeepSetting"/> asks to keep it.
    /// </summary>
    public static async Task ReleaseSharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is { } shared) await ReleaseAsync(shared, KeepRunning);
            _shared = null;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync(TestPostgres postgres, bool keep)
    {
        if (!keep || postgres._embedded is null) await postgres.DisposeAsync();
    }

    private static async Task<TestPostgres> StartAsync()
    {
        if (ConfiguredConnectionString() is { } configured) return new TestPostgres(configured, "configured");

        if (await TryContainerAsync() is { } container)
            return new TestPostgres(container.GetConnectionString(), "testcontainers", container: container);

        return await StartEmbeddedAsync(Path.Combine(Path.GetTempPath(), "relationship-inventory-tests"));
    }

    /// <summary>The private cluster under <paramref name="root"/>, shared by every test process that uses the same root.</summary>
    public static async Task<TestPostgres> StartEmbeddedAsync(string root)
    {
        var embedded = await EmbeddedPostgres.StartAsync(EmbeddedOptions(root));
        return new TestPostgres(embedded.ConnectionString("postgres"), "embedded", embedded: embedded);
    }

    public static EmbeddedPostgresOptions EmbeddedOptions(string root) => new()
    {
        RootDirectory = root,
        Database = "postgres",
        Durable = false,
    };

    /// <summary>A started PostgreSQL container, or null when no Docker engine answers.</summary>
    public static async Task<PostgreSqlContainer?> TryContainerAsync()
    {
        if (!DockerAnswers()) return null;
        var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        try
        {
            await container.StartAsync();
            return container;
        }
        catch (Exception e) when (e is DockerUnavailableException or HttpRequestException or TimeoutException)
        {
            await container.DisposeAsync();
            return null;
        }
    }

    public static bool DockerAnswers()
    {
        try
        {
            return TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;
        }
        catch (Exception e) when (e is DockerUnavailableException or InvalidOperationException or TypeInitializationException)
        {
            return false;
        }
    }

    /// <summary>Creates a fresh database and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "inv")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 1 + 32, 60)];
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"create database \"{name}\"", connection)) await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, MaxPoolSize = 60 }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
        if (_embedded is not null) await _embedded.StopAsync();
    }
}
