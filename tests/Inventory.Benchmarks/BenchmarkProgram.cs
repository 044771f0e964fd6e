
namespace Inventory.Benchmarks;

/// <summary>
/// Benchmarks of the product against a baseline measured in the same run on the same PostgreSQL.
/// Usage: dotnet run -c Release --project tests/Inventory.Benchmarks [-- --quick] [--only commands,import,startup,mix,costbenefit,rebuild]
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

        // --only takes one row or several, comma-separated (import,mix,rebuild).
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] rows = ["commands", "import", "startup", "mix", "costbenefit", "rebuild"];
        if (only?.FirstOrDefault(o => !rows.Contains(o)) is { } unknown)
        {
            Console.Error.WriteLine($"--only takes one or more of: {string.Join(", ", rows)} (not '{unknown}')");
            return 2;
        }

        bool Runs(string row) => only is null || only.Contains(row);
        var run = System.Diagnostics.Stopwatch.StartNew();
        void Done(string part) => Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} UTC, {run.Elapsed.TotalMinutes:0.0} min into the run: {part} done");
        Console.WriteLine($"started {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
        await Processes.PublishHostAsync();
        Done("publish");
        if (Runs("commands"))
        {
            await CommandBenchmark.RunAsync(server, table, quick);
            Done("commands");
        }

        if (Runs("import") || Runs("startup"))
        {
            await ImportBenchmark.RunAsync(server, table, quick, import: Runs("import"), startup: Runs("startup"));
            Done("import and start-up");
        }

        if (Runs("mix") || Runs("costbenefit") || Runs("rebuild"))
        {
            await MixReportBenchmark.RunAsync(server, table, quick, mix: Runs("mix"), rebuild: Runs("rebuild"), costBenefit: Runs("costbenefit"));
            Done("reports and rebuild");
        }

        table.Print(Console.Out);
        return 0;
    }
}
