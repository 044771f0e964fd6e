using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Inventory.Api.Database;

/// <summary>
/// Marten's schema at start without comparing it table by table when nothing changed. After a full apply the SHA-256 of
/// the store's expected DDL (every table, index, function and sequence as Marten would create them) is kept in one row;
/// a start whose expected DDL hashes the same reads that row (one query) and skips the comparison, which costs a large
/// catalog read and a lock. A new database, a changed schema or a database of an earlier version has no matching stamp:
/// it gets the full apply, then the stamp. Schema changes made by hand behind Marten's back are not seen while the stamp
/// matches — delete the row (or run the host with a changed schema) to force the comparison.
/// </summary>
public sealed class SchemaStamp(IDocumentStore store, NpgsqlDataSource dataSource, ILogger<SchemaStamp> logger) : IHostedService
{
    public const string TableName = "inventory_schema_stamp";

    /// <summary>The fingerprint this process found or wrote; null before <see cref="EnsureAsync(CancellationToken)"/>.</summary>
    public string? Applied { get; private set; }

    public Task StartAsync(CancellationToken ct) => EnsureAsync(ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task EnsureAsync(CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (fingerprint, applied) = await EnsureAsync(store, dataSource, ct);
        Applied = fingerprint;
        if (applied) logger.LogInformation("Database schema compared and brought up to date in {Milliseconds:0} ms", clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>Applies Marten's schema unless the stamp says it is in place; true when it was compared (and changed where needed).</summary>
    public static async Task<(string Fingerprint, bool Applied)> EnsureAsync(IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        var fingerprint = Expected(store);
        if (await ReadAsync(store, dataSource, ct) == fingerprint)
        {
            // Marten would otherwise compare each document's table again on its first use.
            ((DatabaseBase<NpgsqlConnection>)store.Storage.Database).MarkAllFeaturesAsChecked();
            return (fingerprint, false);
        }

        // Marten takes its own global lock while it compares and changes; the stamp is written after it succeeded.
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        // The stamp's table is one of the store's objects (Definition), made by that apply.
        await using var command = dataSource.CreateCommand($"""
            insert into {Table(store)} (id, fingerprint, applied_at) values (1, $1, now())
            on conflict (id) do update set fingerprint = excluded.fingerprint, applied_at = excluded.applied_at
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = fingerprint });
        await command.ExecuteNonQueryAsync(ct);
        return (fingerprint, true);
    }

    /// <summary>The stamp's one-row table, added to the store's schema objects.</summary>
    public static Table Definition(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, TableName, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        table.AddColumn<int>("id").AsPrimaryKey();
        table.AddColumn<string>("fingerprint").NotNull();
        table.AddColumn("applied_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>The stamp in the database; null when there is none (a new database, or one of an earlier version).</summary>
    public static async Task<string?> ReadAsync(IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand($"select fingerprint from {Table(store)} where id = 1");
            return await command.ExecuteScalarAsync(ct) as string;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return null;
        }
    }

    /// <summary>The SHA-256 of the DDL Marten would run on an empty database, objects in a stable order.</summary>
    public static string Expected(IDocumentStore store)
    {
        var migrator = ((StoreOptions)store.Options).Advanced.Migrator;
        var ddl = new StringWriter();
        foreach (var schemaObject in ((DatabaseBase<NpgsqlConnection>)store.Storage.Database).AllObjects()
                     .OrderBy(o => o.Identifier.QualifiedName, StringComparer.Ordinal))
        {
            ddl.WriteLine(schemaObject.Identifier.QualifiedName);
            schemaObject.WriteCreateStatement(migrator, ddl);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ddl.ToString())));
    }

    private static string Table(IDocumentStore store) => $"{store.Options.DatabaseSchemaName}.{TableName}";
}
