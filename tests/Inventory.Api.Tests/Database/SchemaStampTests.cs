using System.Net;
using Inventory.Api.Database;
using Inventory.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inventory.Api.Tests.Database;

/// <summary>
/// A start compares Marten's schema with the database only when the stamp of the expected schema differs: a new database,
/// an earlier version's or a changed schema still get every table, and health says whether the database holds this schema.
/// </summary>
public class SchemaStampTests
{
    [Fact]
    public async Task a_new_database_gets_the_schema_and_the_stamp_of_its_expected_ddl()
    {
        await using var host = await InventoryHost.StartAsync();
        host.DropDatabaseOnDispose = true;

        var expected = SchemaStamp.Expected(host.Services.GetRequiredService<IDocumentStore>());
        (await ScalarAsync(host.ConnectionString, "select fingerprint from inventory.inventory_schema_stamp where id = 1")).ShouldBe(expected);
        (await ScalarAsync(host.ConnectionString, "select count(*) from information_schema.tables where table_schema = 'inventory' and table_name = 'mt_events'")).ShouldBe(1L);
        (await host.Alba.Server.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task a_second_start_on_an_unchanged_schema_keeps_the_stamp_without_applying_again()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("stamp");
        object? appliedAt;
        await using (var first = await InventoryHost.StartAsync(connectionString))
        {
            appliedAt = await ScalarAsync(connectionString, "select applied_at from inventory.inventory_schema_stamp");
        }

        await using var second = await InventoryHost.StartAsync(connectionString);
        second.DropDatabaseOnDispose = true;

        (await ScalarAsync(connectionString, "select applied_at from inventory.inventory_schema_stamp")).ShouldBe(appliedAt);
        (await second.Alba.Server.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
        (await second.NewOrganizationAsync()).Id.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task a_database_stamped_by_another_schema_is_compared_and_gets_what_is_missing()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("stamp");
        await using (await InventoryHost.StartAsync(connectionString))
        {
        }

        // As an earlier version would have left it: another stamp, and a table this version has that it had not.
        await ScalarAsync(connectionString, "update inventory.inventory_schema_stamp set fingerprint = 'an earlier version'");
        await ScalarAsync(connectionString, "drop table inventory.mt_doc_websession");

        await using var host = await InventoryHost.StartAsync(connectionString);
        host.DropDatabaseOnDispose = true;

        (await ScalarAsync(connectionString, "select count(*) from information_schema.tables where table_schema = 'inventory' and table_name = 'mt_doc_websession'")).ShouldBe(1L);
        (await ScalarAsync(connectionString, "select fingerprint from inventory.inventory_schema_stamp"))
            .ShouldBe(SchemaStamp.Expected(host.Services.GetRequiredService<IDocumentStore>()));
        (await host.Alba.Server.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task health_is_unhealthy_while_the_database_holds_another_schema()
    {
        await using var host = await InventoryHost.StartAsync();
        host.DropDatabaseOnDispose = true;
        var client = host.Alba.Server.CreateClient();

        await ScalarAsync(host.ConnectionString, "update inventory.inventory_schema_stamp set fingerprint = 'a later version'");
        using (var response = await client.GetAsync("/health"))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await response.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
        }

        await ScalarAsync(host.ConnectionString, "delete from inventory.inventory_schema_stamp");
        using (var response = await client.GetAsync("/health")) response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
