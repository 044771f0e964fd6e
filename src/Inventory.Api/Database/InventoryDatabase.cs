using Microsoft.Extensions.Options;

namespace Inventory.Api.Database;

public sealed class PostgresOptions
{
    public const string Section = "Inventory:Postgres";
    /// <summary>Where the embedded cluster keeps its data; default under the user's data directory.</summary>
    public string? DataDirectory { get; set; }
    public string? BinDirectory { get; set; }
    /// <summary>Port of the embedded cluster; 0 picks a free one at each start.</summary>
    public int Port { get; set; }
    public string RunAs { get; set; } = "postgres";
    public string Database { get; set; } = "inventory";

    public static string DefaultDataDirectory() =>
        EmbeddedPostgres.IsRoot()
            // root's home is private: the unprivileged server user could not reach a folder below it.
            ? "/var/lib/relationship-inventory"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "relationship-inventory");
}

/// <summary>
/// The product's PostgreSQL: the configured connection string when there is one, else the embedded
/// default, a private cluster started on first use and stopped with the host.
/// </summary>
public sealed class InventoryDatabase
{
    private readonly IConfiguration _configuration;
    private readonly PostgresOptions _options;
    private readonly ILogger<InventoryDatabase> _logger;
    private readonly Lazy<string> _connectionString;
    private EmbeddedPostgres? _embedded;

    public InventoryDatabase(IConfiguration configuration, IOptions<PostgresOptions> options, ILogger<InventoryDatabase> logger)
    {
        _configuration = configuration;
        _options = options.Value;
        _logger = logger;
        _connectionString = new Lazy<string>(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ConnectionString => _connectionString.Value;

    /// <summary>The embedded cluster when this host runs on it; null with a configured connection string.</summary>
    public EmbeddedPostgres? Embedded => _connectionString.IsValueCreated ? _embedded : null;

    private string Resolve()
    {
        var configured = _configuration.GetConnectionString("Inventory");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _logger.LogInformation("PostgreSQL: the configured connection string ConnectionStrings:Inventory");
            return configured;
        }

        var root = _options.DataDirectory ?? PostgresOptions.DefaultDataDirectory();
        _embedded = EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            RootDirectory = root,
            BinDirectory = _options.BinDirectory,
            Port = _options.Port,
            RunAsUser = _options.RunAs,
            Database = _options.Database,
        }, message => _logger.LogInformation("Embedded PostgreSQL: {Message}", message)).GetAwaiter().GetResult();
        return _embedded.ConnectionString(_options.Database);
    }
}

/// <summary>Starts the database early and, registered before Marten and Wolverine, stops the embedded cluster after them.</summary>
public sealed class InventoryDatabaseLifetime(InventoryDatabase database, IServiceProvider services) : IHostedService
{
    private Npgsql.NpgsqlDataSource? _dataSource;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = database.ConnectionString;
        _dataSource = services.GetRequiredService<Npgsql.NpgsqlDataSource>();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A stopped host holds no idle connection: a command must not take it for a running one (see Cli.CommandLine).
        _dataSource?.Clear();
        if (database.Embedded is { } cluster) await cluster.StopAsync(CancellationToken.None);
    }
}
