using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Inventory.Benchmarks;

/// <summary>
/// The product's Release build started as its own process (Kestrel on loopback, its own database), as a user runs it:
/// the benchmark reaches it only over HTTP.
/// </summary>
public sealed class ProductProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ProductProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The product's process, for its CPU time.</summary>
    public Process Process => _process;

    public static async Task<ProductProcess> StartAsync(string connectionString, string adminKey)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(Processes.HostDll)! };
        start.ArgumentList.Add(Processes.HostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ConnectionStrings__Inventory"] = connectionString;
        start.Environment["Inventory__BootstrapAdminKey"] = adminKey;
        start.Environment["Inventory__Demo"] = "false";
        // The load generator is one client key: the per-key throttle would measure itself.
        start.Environment["Inventory__Throttling__RequestsPerSecondPerKey"] = "1000000";
        start.Environment["Inventory__Throttling__BurstPerKey"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var product = new ProductProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) throw new InvalidOperationException($"the product exited with {process.ExitCode} before it was healthy");
            try
            {
                if (await probe.GetStringAsync(new Uri(product.Address, "/health")) == "Healthy") return product;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(20);
        }

        await product.DisposeAsync();
        throw new TimeoutException("the product did not become healthy");
    }

    /// <summary>A keep-alive client with as many connections as the callers need, authenticated with <paramref name="key"/>.</summary>
    public HttpClient Client(string key, TimeSpan? timeout = null)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = Address,
            Timeout = timeout ?? TimeSpan.FromSeconds(100),
        };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
