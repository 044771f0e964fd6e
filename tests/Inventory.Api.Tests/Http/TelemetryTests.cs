using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Http;

public class TelemetryTests
{
    [Fact]
    public async Task with_an_otlp_endpoint_a_command_is_traced_from_the_request_to_the_sql()
    {
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);

        // Nothing listens there: the exporter's failures are its own; the spans are what matters.
        await using var host = await InventoryHost.StartAsync(b => b.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));
        var org = await host.NewOrganizationAsync();
        var answer = (await org.Admin.PostAsync("/api/segments", new { name = "Traced", motivation = "retention", effectiveDate = "2025-01-01" },
            ("X-Correlation-Id", "trace-me"))).ShouldBe(HttpStatusCode.Created);

        // The request's span stops just after the answer is sent: wait for it (bounded).
        Activity? request = null;
        for (var i = 0; i < 100 && request is null; i++)
        {
            request = activities.FirstOrDefault(a => a.GetTagItem("correlation.id") as string == "trace-me");
            if (request is null) await Task.Delay(50);
        }

        request.ShouldNotBeNull();
        var trace = activities.Where(a => a.TraceId == request.TraceId).ToList();
        trace.Select(a => a.Source.Name).ShouldContain("Npgsql");
        trace.ShouldContain(a => a.Source.Name == "Npgsql" && (a.GetTagItem("db.statement") ?? a.GetTagItem("db.query.text") ?? "").ToString()!.Length > 0);
        answer.Id("segmentId").ShouldNotBe(Guid.Empty);
    }
}
