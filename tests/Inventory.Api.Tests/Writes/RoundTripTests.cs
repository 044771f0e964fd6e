using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inventory.Api.Tests.Writes;

/// <summary>
/// Counts the database round trips of a command through the real host: each command or batch Npgsql traces (its
/// ActivitySource "Npgsql"), plus each internal command it sends on its own (COMMIT or ROLLBACK of an NpgsqlTransaction,
/// which it logs but does not trace). BEGIN is never one: Npgsql sends it with the next command.
/// </summary>
public class RoundTripTests
{
    [Fact]
    public async Task recording_usage_takes_at_most_two_round_trips_with_or_without_an_idempotency_key()
    {
        var trips = new RoundTrips();
        using var listener = trips.Listen();
        await using var host = await InventoryHost.StartAsync(b => b.ConfigureLogging(l => l.AddProvider(trips).AddFilter<RoundTrips>("Npgsql", LogLevel.Debug)));
        // Keys are kept in memory only while the node listens for their revocations.
        var keys = host.Services.GetRequiredService<KeyCache>();
        var waited = Stopwatch.StartNew();
        while (!keys.IsListening && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(5, TestContext.Current.CancellationToken);
        keys.IsListening.ShouldBeTrue();
        var org = await host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Counted", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 0.1, effectiveDate = "2025-01-01" })).Id("relationshipId");
        var usage = $"/api/segments/{segment}/relationships/{relationship}/usage";
        // The first command of the key and of the host warms what is kept in memory.
        (await org.Admin.PostAsync(usage, new { month = "2025-01", interactions = 10, customersReached = 1 }, ("Idempotency-Key", "warm-up"))).ShouldBe(HttpStatusCode.OK);

        var plain = await trips.OfAsync("usage-plain", () => org.Admin.PostAsync(usage, new { month = "2025-02", interactions = 20, customersReached = 2 },
            (RoundTrips.Header, "usage-plain")));
        var keyed = await trips.OfAsync("usage-keyed", () => org.Admin.PostAsync(usage, new { month = "2025-03", interactions = 30, customersReached = 3 },
            (RoundTrips.Header, "usage-keyed"), ("Idempotency-Key", "usage-2025-03")));
        var withIfMatch = await trips.OfAsync("usage-if-match", () => org.Admin.PostAsync(usage, new { month = "2025-04", interactions = 40, customersReached = 4 },
            (RoundTrips.Header, "usage-if-match"), ("If-Match", "\"5\"")));

        var output = TestContext.Current.TestOutputHelper;
        foreach (var (name, list) in new[] { ("no key", plain), ("Idempotency-Key", keyed), ("If-Match", withIfMatch) })
            output?.WriteLine($"Record usage ({name}): {list.Count} round trips\n  " + string.Join("\n  ", list));
        plain.Count.ShouldBeLessThanOrEqualTo(2, string.Join("\n", plain));
        keyed.Count.ShouldBeLessThanOrEqualTo(2, string.Join("\n", keyed));
        withIfMatch.Count.ShouldBeLessThanOrEqualTo(2, string.Join("\n", withIfMatch));
        // Not zero: the counting sees the command's own reads and writes.
        plain.ShouldContain(t => t.Contains("commit", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Npgsql's round trips per request, told apart by the request's correlation id (a tag on the request's activity).</summary>
    private sealed class RoundTrips : ILoggerProvider
    {
        public const string Header = "X-Correlation-Id";
        private readonly ConcurrentQueue<(string Correlation, string What)> _trips = new();

        public ActivityListener Listen()
        {
            var listener = new ActivityListener
            {
                ShouldListenTo = _ => true,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (a.Source.Name == "Npgsql" && CorrelationOf(a) is { } correlation)
                        _trips.Enqueue((correlation, $"traced: {a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement") ?? a.DisplayName}"));
                },
            };
            ActivitySource.AddActivityListener(listener);
            return listener;
        }

        public async Task<List<string>> OfAsync(string correlation, Func<Task<Answer>> send)
        {
            (await send()).Status.ShouldBe(HttpStatusCode.OK);
            return _trips.Where(t => t.Correlation == correlation).Select(t => t.What).ToList();
        }

        private static string? CorrelationOf(Activity? activity)
        {
            for (; activity is not null; activity = activity.Parent)
                if (activity.GetTagItem("correlation.id") is string id) return id;
            return null;
        }

        public ILogger CreateLogger(string categoryName) => new InternalCommands(this);

        public void Dispose() { }

        private sealed class InternalCommands(RoundTrips trips) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var message = formatter(state, exception);
                if (message.StartsWith("Executing internal command", StringComparison.Ordinal) && CorrelationOf(Activity.Current) is { } correlation)
                    trips._trips.Enqueue((correlation, $"untraced: {message}"));
            }
        }
    }
}
