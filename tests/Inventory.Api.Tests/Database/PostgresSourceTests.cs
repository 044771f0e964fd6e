using System.Net;
using System.Net.Sockets;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Inventory.Api.Database;

namespace Inventory.Api.Tests.Database;

/// <summary>The host finds its PostgreSQL in order: a configured connection string, (tests) a container, the embedded default.</summary>
public class PostgresSourceTests
{
    [Fact]
    public async Task with_a_connection_string_the_host_uses_that_database_and_starts_no_cluster()
    {
        await using var host = await InventoryHost.StartAsync();

        host.Services.GetRequiredService<InventoryDatabase>().Embedded.ShouldBeNull();
        (await host.Alba.Server.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var tables = new NpgsqlCommand("select count(*) from information_schema.tables where table_schema = 'inventory' and table_name = 'mt_events'", connection);
        ((long)(await tables.ExecuteScalarAsync())!).ShouldBe(1);
    }

    [Fact]
    public async Task with_a_docker_engine_the_tests_can_run_on_a_testcontainers_postgres()
    {
        if (!TestPostgres.DockerAnswers())
        {
            Assert.Skip("No Docker engine answers on this machine, so Testcontainers can't start PostgreSQL; the tests use the next source.");
        }

        await using var container = await TestPostgres.TryContainerAsync();
        if (container is null) Assert.Skip("The Docker engine answered but could not start a PostgreSQL container.");
        await using var host = await Alba.AlbaHost.For<Program>(b => b.UseSetting("ConnectionStrings:Inventory", container.GetConnectionString()));
        (await host.Server.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task without_a_connection_string_the_host_starts_its_embedded_cluster_and_stops_it_when_it_stops()
    {
        var root = Path.Combine(Path.GetTempPath(), $"inventory-embedded-{Guid.NewGuid():N}");
        var log = new RecordingLoggerProvider();
        var host = await Alba.AlbaHost.For<Program>(b =>
        {
            b.UseSetting("ConnectionStrings:Inventory", "");
            b.UseSetting("Inventory:Postgres:DataDirectory", root);
            b.ConfigureLogging(l => l.AddProvider(log));
        });
        int port;
        try
        {
            var cluster = host.Services.GetRequiredService<InventoryDatabase>().Embedded;
            cluster.ShouldNotBeNull();
            port = cluster.Port;
            (await host.Server.CreateClient().GetStringAsync("/health")).ShouldBe("Healthy");
            File.Exists(Path.Combine(root, "data", "postmaster.pid")).ShouldBeTrue();
            // No key configured: the host made an admin key for the default organization and kept it for the user.
            File.ReadAllText(Path.Combine(root, "admin-key")).Trim().ShouldStartWith("ri_");
        }
        finally
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        File.Exists(Path.Combine(root, "data", "postmaster.pid")).ShouldBeFalse(Diagnostics(root) + "\n" + log);
        using var probe = new TcpClient();
        await Should.ThrowAsync<SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, port));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task a_command_run_on_the_embedded_default_stops_the_cluster_it_started()
    {
        var root = Path.Combine(Path.GetTempPath(), $"inventory-embedded-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Inventory"] = "", ["Inventory__Postgres__DataDirectory"] = root };

        // A framework command (not one of ours): it never starts the host's services, which stop the cluster after run.
        var rebuilt = await HostCommand.RunAsync(environment, "projections", "rebuild");

        rebuilt.ExitCode.ShouldBe(0, rebuilt.Output);
        File.Exists(Path.Combine(root, "data", "postmaster.pid")).ShouldBeFalse(Diagnostics(root) + "\n" + rebuilt.Output);
        Directory.EnumerateFiles(Path.Combine(root, "users")).ShouldBeEmpty();
        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// The cause of a flaky failure of the test above: the host's services are stopped more than once at the same time
    /// (the host's StopAsync, and Wolverine's shutdown stopping them again); the second stop of the cluster returned at
    /// once, before the first had stopped it, so the host's stop could return with the cluster still up. Every caller
    /// now waits for the same stop.
    /// </summary>
    [Fact]
    public async Task a_second_stop_at_the_same_time_returns_only_once_the_cluster_is_stopped()
    {
        var root = Path.Combine(Path.GetTempPath(), $"inventory-twice-{Guid.NewGuid():N}");
        var cluster = await EmbeddedPostgres.StartAsync(TestPostgres.EmbeddedOptions(root));
        var first = cluster.StopAsync();
        await cluster.StopAsync();
        File.Exists(Path.Combine(root, "data", "postmaster.pid")).ShouldBeFalse();
        await first;
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task the_tests_cluster_is_stopped_by_the_last_test_process_out_unless_asked_to_keep_it()
    {
        var root = Path.Combine(Path.GetTempPath(), $"inventory-shared-{Guid.NewGuid():N}");
        var pidFile = Path.Combine(root, "data", "postmaster.pid");
        using var otherProcess = System.Diagnostics.Process.Start("sleep", "300");
        try
        {
            // Another test process (here a stand-in with a live process id) still uses the cluster: it stays up.
            var mine = await TestPostgres.StartEmbeddedAsync(root);
            await File.WriteAllTextAsync(Path.Combine(root, "users", otherProcess.Id.ToString()), otherProcess.Id.ToString());
            await TestPostgres.ReleaseAsync(mine, keep: false);
            File.Exists(pidFile).ShouldBeTrue();

            // When that one is gone, the last one out stops it...
            otherProcess.Kill();
            await otherProcess.WaitForExitAsync();
            var last = await TestPostgres.StartEmbeddedAsync(root);
            await TestPostgres.ReleaseAsync(last, keep: false);
            File.Exists(pidFile).ShouldBeFalse();

            // ...unless INVENTORY_TEST_KEEP_POSTGRES=1 asks to keep it for the next run.
            var kept = await TestPostgres.StartEmbeddedAsync(root);
            await TestPostgres.ReleaseAsync(kept, keep: true);
            File.Exists(pidFile).ShouldBeTrue();
            await kept.DisposeAsync();
            File.Exists(pidFile).ShouldBeFalse();
        }
        finally
        {
            if (!otherProcess.HasExited) otherProcess.Kill();
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Diagnostics(string root)
    {
        var users = string.Join(",", Directory.GetFiles(Path.Combine(root, "users")).Select(Path.GetFileName));
        var log = Path.Combine(root, "data", "postgres.log");
        var tail = File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(15)) : "(no log)";
        return $"users: [{users}] this process: {Environment.ProcessId}\n{tail}";
    }

    [Fact]
    public void without_server_binaries_the_error_says_what_to_install_or_set()
    {
        var error = Should.Throw<InvalidOperationException>(() => EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            RootDirectory = Path.Combine(Path.GetTempPath(), $"inventory-nobin-{Guid.NewGuid():N}"),
            BinDirectory = "/nowhere",
        }).GetAwaiter().GetResult());
        error.Message.ShouldContain("ConnectionStrings__Inventory");
        error.Message.ShouldContain("apt-get install postgresql");
        error.Message.ShouldContain("Inventory:Postgres:BinDirectory");
    }
}
