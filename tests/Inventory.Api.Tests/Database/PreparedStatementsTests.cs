using Inventory.Api.Database;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inventory.Api.Tests.Database;

/// <summary>The host's connections prepare the statements they repeat, unless the connection string says otherwise.</summary>
public class PreparedStatementsTests(AppFixture app)
{
    [Fact]
    public void a_connection_string_without_the_setting_gets_automatic_preparation()
    {
        var builder = new NpgsqlConnectionStringBuilder("Host=db;Username=inventory");
        PreparedStatements.Apply(builder, builder.ConnectionString);
        builder.MaxAutoPrepare.ShouldBe(PreparedStatements.MaxAutoPrepare);
        builder.AutoPrepareMinUsages.ShouldBe(PreparedStatements.MinUsages);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("host=db;max auto prepare=10", 10)]
    public void a_connection_string_that_sets_it_keeps_its_own(string connectionString, int expected)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        PreparedStatements.Apply(builder, connectionString);
        builder.MaxAutoPrepare.ShouldBe(expected);
    }

    [Fact]
    public async Task a_statement_the_host_sends_twice_on_a_connection_is_prepared_in_postgresql()
    {
        var dataSource = app.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        const string statement = "select count(*) from pg_class where relname = $1";
        for (var i = 0; i < PreparedStatements.MinUsages + 1; i++)
        {
            await using var command = new NpgsqlCommand(statement, connection) { Parameters = { new() { Value = "mt_events" } } };
            await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }

        await using var prepared = new NpgsqlCommand("select count(*) from pg_prepared_statements where statement = $1", connection)
        {
            Parameters = { new() { Value = statement } },
        };
        ((long)(await prepared.ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(1);
    }
}
