using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Inventory.Benchmarks;

/// <summary>Runs the host (as published) or the bare app's build output as a process: for start-up and the command line.</summary>
public static class Processes
{
    public static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inventory.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from the repository");
    }

    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The host as it ships: published for this platform, ReadyToRun (see <see cref="PublishHostAsync"/>).</summary>
    public static string HostDll => Path.Combine(PublishedHost, "Inventory.Api.dll");
    private static string PublishedHost => Path.Combine(AppContext.BaseDirectory, "published-host");
    public static string BareDll => Path.Combine(Repository(), "tests", "Inventory.BareHost", "bin", Configuration, "net10.0", "Inventory.BareHost.dll");

    /// <summary>
    /// Publishes the host as the Dockerfile does: for one platform, framework-dependent, its assemblies and their
    /// dependencies precompiled (ReadyToRun, set in the project for any platform-specific publish), so a start runs
    /// little JIT; the bare app's framework assemblies are precompiled too.
    /// </summary>
    public static async Task PublishHostAsync()
    {
        var project = Path.Combine(Repository(), "src", "Inventory.Api", "Inventory.Api.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository() };
        foreach (var argument in new[] { "publish", project, "-c", Configuration, "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
                     "--self-contained", "false", "-o", PublishedHost })
            start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish of the host failed:\n{await output}{await error}");
        Console.WriteLine($"host published ReadyToRun in {clock.Elapsed.TotalSeconds:0} s");
    }

    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunAsync(string dll, string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__Inventory"] = connectionString;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error, clock.Elapsed);
    }

    /// <summary>Milliseconds from process start to the first healthy answer.</summary>
    public static async Task<double> TimeToHealthyAsync(string dll, string? connectionString)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        if (connectionString is not null) start.Environment["ConnectionStrings__Inventory"] = connectionString;
        start.Environment["Inventory__Demo"] = "false";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    if (await client.GetStringAsync($"http://127.0.0.1:{port}/health") == "Healthy") return clock.Elapsed.TotalMilliseconds;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                await Task.Delay(10);
            }

            throw new TimeoutException($"{Path.GetFileName(dll)} did not become healthy");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
