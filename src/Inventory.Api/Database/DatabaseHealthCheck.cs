using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Inventory.Api.Database;

/// <summary>Healthy when the database answers and holds the schema this process applied or found at start (its stamp).</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store, NpgsqlDataSource dataSource, SchemaStamp stamp) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var found = await SchemaStamp.ReadAsync(store, dataSource, ct);
            return found is not null && found == stamp.Applied
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not hold this version's schema");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer");
        }
    }
}
