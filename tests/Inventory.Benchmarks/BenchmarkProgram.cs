using Inventory.Api.Hosting;

namespace Inventory.Benchmarks;

/// <summary>
/// Benchmarks of the product against a baseline measured in the same run on the same PostgreSQL.
/// Usage: dotnet run -c Release --project tests/Inventory.Benchmarks [-- --quick] [--only commands|import|startup|mix|rebuild]
/// PostgreSQL: INVENTORY_BENCH_POSTGRES (a server connection string), else a private cluster under the temp folder.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var quick = args.Contains("--quick");
        await using var server = await BenchServer.StartAsync();
        Console.WriteLine($"Relationship Inventory benchmarks ({(quick ? "quick" : "full")}), PostgreSQL: {server.Source}, {Environment.ProcessorCount} cores");
        var table = new ResultTable();

        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        if (only is not (null or "commands" or "import" or "startup" or "mix" or "rebuild"))
        {
            Console.Error.WriteLine($"--only takes one of: commands, import, startup, mix, rebuild (not '{only}')");
            return 2;
        }

        if (only is null or "commands") await CommandBenchmark.RunAsync(server, table, quick);
        if (only is null or "import" or "startup") await ImportBenchmark.RunAsync(server, table, quick, import: only is null or "import", startup: only is null or "startup");
        if (only is null or "mix" or "rebuild") await MixReportBenchmark.RunAsync(server, table, quick, mix: only is null or "mix", rebuild: only is null or "rebuild");

        table.Print(Console.Out);
        return 0;
    }
}
