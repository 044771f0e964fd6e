using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;
using Npgsql;

namespace Inventory.Api.Tests.Upgrade;

/// <summary>
/// A database written by the previous version (before the monthly rows: the demo company, recorded by that version and
/// dumped with pg_dump into <c>previous-main.sql</c>, with its answers in <c>previous-main-answers.json</c>) upgrades
/// when the host starts: every event kept, the monthly rows filled, and the same figures, audit log and history.
/// </summary>
public class UpgradeTests
{
    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "Upgrade", file);

    [Fact]
    public async Task a_database_of_the_previous_version_upgrades_at_start_with_the_same_answers()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("upgrade");
        await ExecuteAsync(connectionString, await File.ReadAllTextAsync(Data("previous-main.sql")));
        var eventsBefore = await EventIdsAsync(connectionString);
        eventsBefore.Count.ShouldBe(250);
        (await ScalarAsync(connectionString, "select count(*) from inventory.mt_doc_segmentportfolio where data::text like '%\"usage\"%'")).ShouldBe(4L);

        await using var host = await InventoryHost.StartAsync(connectionString);
        host.DropDatabaseOnDispose = true;
        var admin = await host.ClientForAsync("default");

        // Nothing lost: every event of the previous version is still there (the host may since have recorded more, e.g. a review overdue).
        var eventsAfter = await EventIdsAsync(connectionString);
        eventsAfter.IsSupersetOf(eventsBefore).ShouldBeTrue();
        (await ScalarAsync(connectionString, "select count(*) from inventory.relationship_months")).ShouldBeGreaterThan(0L);
        (await ScalarAsync(connectionString, "select count(*) from inventory.mt_doc_segmentportfolio where data::text like '%\"usage\"%' or data ? 'figures'")).ShouldBe(0L);
        (await ScalarAsync(connectionString, "select count(*) from information_schema.columns where table_name = 'mt_doc_segmentportfolio' and column_name like 'report_%'")).ShouldBe(0L);
        // The segments' outcome rows are newer than that version: their table is created at start, empty, and the
        // cost-benefit report answers from the old history (relationship cost, no outcome yet).
        (await ScalarAsync(connectionString, "select count(*) from inventory.segment_months")).ShouldBe(0L);
        var costBenefit = (await admin.GetAsync("/api/reports/cost-benefit")).ShouldBe(HttpStatusCode.OK).Json["quarters"]!.AsArray();
        costBenefit.ShouldNotBeEmpty();
        costBenefit.ShouldContain(q => q!["relationshipCost"]!.GetValue<decimal>() > 0 && q["revenue"]!.GetValue<decimal>() == 0);

        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Data("previous-main-answers.json")))!.AsObject();
        foreach (var (url, answer) in expected)
        {
            var actual = (await admin.GetAsync(url)).ShouldBe(HttpStatusCode.OK).Json;
            if (url.StartsWith("/api/reports/", StringComparison.Ordinal))
            {
                foreach (var (part, value) in answer!.AsObject()) Canonical(actual[part]).ShouldBe(Canonical(value), $"{url}: {part}");
            }
            else if (url.StartsWith("/api/audit", StringComparison.Ordinal))
            {
                var added = eventsAfter.Count - eventsBefore.Count;
                actual["totalCount"]!.GetValue<long>().ShouldBe(answer!["totalCount"]!.GetValue<long>() + added, url);
                var entries = actual["entries"]!.AsArray().Skip(added)
                    .Select(e => new JsonArray(e!["sequence"]!.GetValue<long>(), e["eventType"]!.GetValue<string>(), e["streamId"]!.GetValue<string>(), e["summary"]!.GetValue<string>()));
                Canonical(new JsonArray(entries.ToArray<JsonNode?>())).ShouldBe(Canonical(answer["entries"]), url);
            }
            else if (url.EndsWith("/history", StringComparison.Ordinal))
            {
                var entries = actual.AsArray()
                    .Select(e => new JsonArray(e!["version"]!.GetValue<long>(), e["sequence"]!.GetValue<long>(), e["eventType"]!.GetValue<string>(), e["summary"]!.GetValue<string>()));
                Canonical(new JsonArray(entries.ToArray<JsonNode?>())).ShouldBe(Canonical(answer), url);
            }
            else
            {
                actual["version"]!.GetValue<long>().ShouldBe(answer!["version"]!.GetValue<long>(), url);
                var relationships = actual["relationships"]!.AsArray().Select(r => new JsonObject
                {
                    ["relationshipId"] = r!["relationshipId"]!.DeepClone(), ["status"] = r["status"]!.DeepClone(), ["costHistory"] = r["costHistory"]!.DeepClone(),
                    ["usage"] = r["usage"]!.DeepClone(), ["satisfaction"] = r["satisfaction"]!.DeepClone(),
                });
                Canonical(new JsonArray(relationships.ToArray<JsonNode?>())).ShouldBe(Canonical(answer["relationships"]), url);
            }
        }
    }

    /// <summary>
    /// A database written by main before the dated rows (the demo company recorded by it and dumped with pg_dump into
    /// <c>main-before-dated-rows.sql</c>, with its answers in <c>main-before-dated-rows-answers.json</c>): at start the
    /// dated rows are filled and the documents lose their cost, attribute and integration entries, every event kept,
    /// and the reports and segment pages answer exactly as that version did.
    /// </summary>
    [Fact]
    public async Task a_database_of_main_before_the_dated_rows_upgrades_at_start_with_the_same_answers()
    {
        const string holdsCosts = "select count(*) from inventory.mt_doc_segmentportfolio where data -> 'relationships' @> '[{\"costs\": [{}]}]'";
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("upgrade_dated");
        await ExecuteAsync(connectionString, await File.ReadAllTextAsync(Data("main-before-dated-rows.sql")));
        var eventsBefore = await EventIdsAsync(connectionString);
        eventsBefore.Count.ShouldBe(336);
        (await ScalarAsync(connectionString, holdsCosts)).ShouldBe(4L);
        const string adjusted = "select count(*) from inventory.mt_doc_segmentportfolio where data::text like '%Chat group added%'";
        (await ScalarAsync(connectionString, adjusted)).ShouldBe(1L);

        await using var host = await InventoryHost.StartAsync(connectionString);
        host.DropDatabaseOnDispose = true;
        var admin = await host.ClientForAsync("default");

        (await EventIdsAsync(connectionString)).IsSupersetOf(eventsBefore).ShouldBeTrue();
        (await ScalarAsync(connectionString, holdsCosts)).ShouldBe(0L);
        (await ScalarAsync(connectionString, adjusted)).ShouldBe(0L);
        (await ScalarAsync(connectionString, "select count(*) from inventory.relationship_costs")).ShouldBeGreaterThan(8L);
        (await ScalarAsync(connectionString, "select count(*) from inventory.relationship_attributes")).ShouldBeGreaterThan(8L);
        (await ScalarAsync(connectionString, "select count(*) from inventory.relationship_integrations")).ShouldBeGreaterThan(0L);

        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Data("main-before-dated-rows-answers.json")))!.AsObject();
        foreach (var (url, answer) in expected)
        {
            var actual = (await admin.GetAsync(url)).ShouldBe(HttpStatusCode.OK).Json;
            if (url.EndsWith("/history", StringComparison.Ordinal))
            {
                var entries = actual.AsArray()
                    .Select(e => new JsonArray(e!["version"]!.GetValue<long>(), e["sequence"]!.GetValue<long>(), e["eventType"]!.GetValue<string>(), e["summary"]!.GetValue<string>()));
                Canonical(new JsonArray(entries.ToArray<JsonNode?>())).ShouldBe(Canonical(answer), url);
            }
            else
            {
                foreach (var (part, value) in answer!.AsObject()) Canonical(actual[part]).ShouldBe(Canonical(value), $"{url}: {part}");
            }
        }
    }

    /// <summary>The JSON with every number written the same way (the answers were kept without trailing zeros: 30714.3 for 30714.30).</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.Select(p => $"\"{p.Key}\":{Canonical(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number =>
            (decimal.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m)
            .ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HashSet<Guid>> EventIdsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id from inventory.mt_events", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<Guid>();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids;
    }
}
