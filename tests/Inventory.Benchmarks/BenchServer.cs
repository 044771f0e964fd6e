using Npgsql;
using Inventory.Api.Database;

namespace Inventory.Benchmarks;

/// <summary>The PostgreSQL server both the product and the baselines run against; each measurement gets a fresh database.</summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private BenchServer(string connectionString, string source, EmbeddedPostgres? embedded)
    {
        ServerConnectionString = connectionString;
        Source = source;
        _embedded = embedded;
    }

    public string ServerConnectionString { get; }
    public string Source { get; }

    public static async Task<BenchServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("INVENTORY_BENCH_POSTGRES") is { Length: > 0 } configured)
            return new BenchServer(configured, "configured", null);

        var embedded = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            RootDirectory = Path.Combine(Path.GetTempPath(), "relationship-inventory-bench"),
            Database = "postgres",
        });
        return new BenchServer(embedded.ConnectionString("postgres"), "embedded cluster (durable settings)", embedded);
    }

    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, MaxPoolSize = 100 }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null) await _embedded.StopAsync();
    }
}
