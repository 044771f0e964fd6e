using Marten;
using Npgsql;

namespace Inventory.Api.Projections;

/// <summary>The store's tables, for commands that run without the host's start-up (which applies them itself).</summary>
public static class StorageSchema
{
    /// <summary>Creates or updates Marten's tables and ours (the monthly rows); safe to run again and from several processes.</summary>
    public static async Task EnsureAsync(IDocumentStore store, NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        _ = dataSource;
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }
}
