using System.Diagnostics;

namespace Inventory.Api.Tests.Infrastructure;

/// <summary>Runs the host's own build output as a command-line program against a database.</summary>
public static class HostCommand
{
    public sealed record Result(int ExitCode, string Output)
    {
        public string LastLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
    }

    public static string BuildOutput()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        var repository = testOutput.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(repository, "src", "Inventory.Api", "bin", configuration, framework);
    }

    public static Task<Result> RunAsync(string connectionString, params string[] args) =>
        RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Inventory"] = connectionString }, args);

    /// <summary>Runs a command with the given environment (e.g. no connection string and an embedded data folder).</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var host = BuildOutput();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = host };
        start.ArgumentList.Add(Path.Combine(host, "Inventory.Api.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output + await error);
    }
}
