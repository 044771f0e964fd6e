using Inventory.Api.Database;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Inventory.Api.Tests.Database;

/// <summary>The host's connection pool is sized from the machine's cores unless the setting or the connection string says otherwise.</summary>
public class ConnectionPoolTests(AppFixture app)
{
    [Theory]
    [InlineData(1, 16)]
    [InlineData(2, 16)]
    [InlineData(4, 32)]
    [InlineData(16, 128)]
    public void by_default_the_pool_has_eight_connections_a_core_and_at_least_sixteen(int cores, int expected) =>
        ConnectionPool.SizeFor("Host=db;Username=inventory", configured: null, cores).ShouldBe(expected);

    [Fact]
    public void the_setting_wins_over_the_connection_string_and_a_size_below_one_is_refused()
    {
        ConnectionPool.SizeFor("Host=db;Maximum Pool Size=50", configured: 12, cores: 2).ShouldBe(12);
        Should.Throw<InvalidOperationException>(() => ConnectionPool.SizeFor("Host=db", configured: 0, cores: 2)).Message.ShouldContain(ConnectionPool.Setting);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=50")]
    [InlineData("host=db;maximum pool size=50")]
    public void a_size_the_connection_string_names_is_kept(string connectionString) =>
        ConnectionPool.SizeFor(connectionString, configured: null, cores: 2).ShouldBe(50);

    [Fact]
    public void a_host_whose_connection_string_names_a_pool_size_keeps_it()
    {
        var named = new NpgsqlConnectionStringBuilder(app.Host.ConnectionString).MaxPoolSize;
        new NpgsqlConnectionStringBuilder(app.Host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString).MaxPoolSize.ShouldBe(named);
    }

    [Fact]
    public async Task a_host_on_a_connection_string_without_a_pool_size_pools_as_many_connections_as_its_cores_call_for()
    {
        var postgres = await TestPostgres.SharedAsync();
        var connectionString = await postgres.CreateDatabaseAsync("pool");
        var bare = new NpgsqlConnectionStringBuilder(connectionString);
        bare.Remove("Maximum Pool Size");
        try
        {
            await using var host = await InventoryHost.StartAsync(bare.ConnectionString);
            new NpgsqlConnectionStringBuilder(host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString).MaxPoolSize
                .ShouldBe(ConnectionPool.DefaultSize(Environment.ProcessorCount));
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task the_setting_sizes_a_host_s_pool()
    {
        await using var host = await InventoryHost.StartAsync(b => b.UseSetting(ConnectionPool.Setting, "24"));
        new NpgsqlConnectionStringBuilder(host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString).MaxPoolSize.ShouldBe(24);
        (await host.Alba.Server.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
    }
}
