using System.Text.Json;
using Inventory.Api.Hosting;
using Inventory.Domain.Figures;
using Marten;
using Npgsql;

namespace Inventory.Api.Projections;

/// <summary>
/// Reads each segment's figures from generated columns of the portfolio table (<see cref="ReportColumns"/>): a few
/// kilobytes a segment, however long its history, instead of the whole portfolio document.
/// </summary>
public sealed class SegmentFiguresReader(IDocumentStore store, NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public sealed record Row(Guid Id, string Name, DateOnly LatestEffectiveDate, MonthlyFigures Figures);

    public async Task<IReadOnlyList<Row>> ReadAsync(string organizationId, CancellationToken ct)
    {
        try
        {
            return await QueryAsync(organizationId, ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedColumn or PostgresErrorCodes.UndefinedTable)
        {
            // A database prepared by another process (a command-line run) may not have the columns yet.
            await ReportColumns.EnsureAsync(store, dataSource, ct);
            return await QueryAsync(organizationId, ct);
        }
    }

    private async Task<IReadOnlyList<Row>> QueryAsync(string organizationId, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var command = dataSource.CreateCommand(
            $"select id, {ReportColumns.Name}, {ReportColumns.LatestEffectiveDate}, {ReportColumns.Figures}::text from {schema}.mt_doc_segmentportfolio where tenant_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<Row>();
        while (await reader.ReadAsync(ct))
        {
            // A segment without relationships has no figures yet (SQL NULL, or JSON null).
            var figures = (reader.IsDBNull(3) ? null : JsonSerializer.Deserialize<MonthlyFigures>(reader.GetString(3), Json)) ?? new MonthlyFigures();
            rows.Add(new Row(reader.GetGuid(0), reader.GetString(1), DateOnly.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture), figures));
        }

        return rows;
    }

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions();
        HttpSetup.ConfigureJson(json);
        return json;
    }
}
