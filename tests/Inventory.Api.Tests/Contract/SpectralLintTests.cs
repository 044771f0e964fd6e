using System.Diagnostics;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Contract;

/// <summary>
/// The served document passes Spectral's OpenAPI ruleset (spectral:oas) with no error. Spectral is pinned in
/// Contract/spectral/package.json and package-lock.json, installed with <c>npm ci</c> the first time (node and npm needed).
/// </summary>
public class SpectralLintTests(AppFixture app)
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    [Fact]
    public async Task the_served_document_passes_the_spectral_openapi_ruleset()
    {
        var document = await app.Host.Alba.Server.CreateClient().GetStringAsync("/openapi/v1.json");
        var file = Path.Combine(Path.GetTempPath(), $"inventory-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var tools = await SpectralAsync();
            var run = await RunAsync(Path.Combine(tools, "node_modules", ".bin", "spectral"), tools,
                "lint", "--ruleset", Path.Combine(tools, ".spectral.yaml"), "--format", "json", "--quiet", "--fail-severity", "error", file);
            var findings = JsonNode.Parse(run.Output.Trim() is { Length: > 0 } json && json.StartsWith('[') ? json : "[]")!.AsArray();
            var errors = findings.Where(f => f!["severity"]!.GetValue<int>() == 0).Select(Describe).ToList();
            var warnings = findings.Where(f => f!["severity"]!.GetValue<int>() == 1).Select(Describe).ToList();
            var message = $"Spectral (spectral:oas): {errors.Count} errors, {warnings.Count} warnings";
            TestContext.Current.TestOutputHelper?.WriteLine(message);
            TestContext.Current.SendDiagnosticMessage(message);
            foreach (var warning in warnings) TestContext.Current.TestOutputHelper?.WriteLine($"warning: {warning}");

            errors.ShouldBeEmpty(string.Join("\n", errors));
            run.ExitCode.ShouldBe(0, run.Output + run.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Describe(JsonNode? finding) =>
        $"{finding!["code"]} at {string.Join('.', finding["path"]!.AsArray().Select(p => p!.ToString()))}: {finding["message"]}";

    /// <summary>The pinned Spectral, installed from the lock file when it is not there yet (a fresh clone).</summary>
    private static async Task<string> SpectralAsync()
    {
        var tools = Path.Combine(RepositoryRoot(), "tests", "Inventory.Api.Tests", "Contract", "spectral");
        await Install.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(tools, "node_modules", ".bin", "spectral")))
            {
                var install = await RunAsync("npm", tools, "ci", "--ignore-scripts", "--no-audit", "--no-fund");
                install.ExitCode.ShouldBe(0, $"npm ci in {tools} failed: {install.Output}{install.Error}");
            }

            return tools;
        }
        finally
        {
            Install.Release();
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inventory.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"No Inventory.sln above {AppContext.BaseDirectory}");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
