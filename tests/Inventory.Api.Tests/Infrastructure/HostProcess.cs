using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Infrastructure;

/// <summary>The host as a real process on a loopback port: it can be killed.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output;

    private HostProcess(Process process, string url, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        _process = process;
        Url = url;
        _output = output;
    }

    public string Url { get; }

    /// <summary>What the process wrote so far (standard output and error).</summary>
    public string Output => string.Join('\n', _output);

    public static async Task<HostProcess> StartAsync(string connectionString, string adminKey, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var output = HostCommand.BuildOutput();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = output, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(output, "Inventory.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["ConnectionStrings__Inventory"] = connectionString;
        start.Environment["Inventory__BootstrapAdminKey"] = adminKey;
        start.Environment["Inventory__Throttling__FailedAttemptsPerAddress"] = "100000";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start)!;
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetStringAsync($"{url}/health")) == "Healthy") return new HostProcess(process, url, lines);
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode}");
            await Task.Delay(200);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The host did not become healthy within 60 s");
    }

    /// <summary>SIGKILL: no shutdown, no flushing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        Process.Start("kill", ["-INT", _process.Id.ToString()])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
