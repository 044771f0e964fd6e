using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Domain.Reviews;
using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Reviews;

/// <summary>
/// Overdue reviews on a host whose clock the test sets (27 November 2026, 30 days' grace): every period from the organization's
/// first quarter on whose grace passed without a closed review, whether or not anyone opened it, and after a restart.
/// </summary>
public class OverdueReviewTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2026, 11, 27, 13, 13, 43, TimeSpan.Zero);
    private readonly SettableClock _clock = new(Today);
    private InventoryHost _host = null!;

    private void UseClock(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));

    public async ValueTask InitializeAsync() => _host = await InventoryHost.StartAsync(UseClock);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private static string[] Periods(System.Text.Json.Nodes.JsonNode list) =>
        list["overdue"]!.AsArray().Select(o => o!["period"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task every_period_past_its_grace_without_a_closed_review_is_overdue_from_the_first_segments_quarter_on()
    {
        var org = await _host.NewOrganizationAsync();
        (await org.Admin.PostAsync("/api/segments", new { name = "Riders", motivation = "retention", effectiveDate = "2025-02-14" })).ShouldBe(HttpStatusCode.Created);
        var closed = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q4" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        (await org.Admin.PostAsync($"/api/reviews/{closed}/close", new { summary = "Done" })).ShouldBe(HttpStatusCode.OK);
        var open = (await org.Admin.PostAsync("/api/reviews", new { period = "2026-Q2" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");

        var list = (await org.Admin.GetAsync("/api/reviews")).ShouldBe(HttpStatusCode.OK).Json;
        // 2026-Q3's grace ended on 31 October; 2026-Q4 is not over.
        Periods(list).ShouldBe(["2026-Q3", "2026-Q2", "2026-Q1", "2025-Q3", "2025-Q2", "2025-Q1"]);
        list["overdue"]![0]!["dueAt"]!.GetValue<DateTimeOffset>().ShouldBe(new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero));
        list["overdue"]![0]!["reviewId"].ShouldBeNull();
        list["overdue"]![1]!["reviewId"]!.GetValue<Guid>().ShouldBe(open);
        var reviews = list["reviews"]!.AsArray();
        reviews.Single(r => r!["reviewId"]!.GetValue<Guid>() == open)!["status"]!.GetValue<string>().ShouldBe("overdue");
        reviews.Single(r => r!["reviewId"]!.GetValue<Guid>() == closed)!["status"]!.GetValue<string>().ShouldBe("closed");

        // A second before 2026-Q3's grace ended, it was not overdue yet.
        _clock.Now = new DateTimeOffset(2026, 10, 30, 23, 59, 59, TimeSpan.Zero);
        Periods((await org.Admin.GetAsync("/api/reviews")).Json)[0].ShouldBe("2026-Q2");
        _clock.Now = Today;
    }

    [Fact]
    public async Task an_organization_without_segments_or_reviews_has_nothing_overdue_in_its_first_quarter()
    {
        var org = await _host.NewOrganizationAsync();
        (await org.Admin.GetAsync("/api/reviews")).ShouldBe(HttpStatusCode.OK).Json["overdue"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task overdue_periods_are_recorded_once_as_events_by_a_host_starting_later()
    {
        var org = await _host.NewOrganizationAsync(fiscalYearStartMonth: 4);
        // Fiscal year from April: 2025-07-01 is in 2025-Q2 (July to September); 2026-Q2 ended 30 September 2026, its grace on 31 October.
        (await org.Admin.PostAsync("/api/segments", new { name = "Fleets", motivation = "acquisition", effectiveDate = "2025-07-01" })).ShouldBe(HttpStatusCode.Created);
        string[] expected = ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"];

        await using (var later = await InventoryHost.StartAsync(_host.ConnectionString, UseClock))
        {
            later.DropDatabaseOnDispose = false;
            var store = later.Services.GetRequiredService<IDocumentStore>();
            var recorded = await RecordedAsync(store, org.Id);
            for (var attempt = 0; attempt < 100 && recorded.Count < expected.Length; attempt++)
            {
                await Task.Delay(100);
                recorded = await RecordedAsync(store, org.Id);
            }

            recorded.ShouldBe(expected);
            // Another round records nothing twice.
            await later.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Api.Reviews.ReminderSeeding>().Single()
                .SeedAsync(CancellationToken.None);
            (await RecordedAsync(store, org.Id)).ShouldBe(expected);
        }

        var audit = (await org.Admin.GetAsync("/api/audit?format=csv")).Body;
        audit.ShouldContain("Review of 2026-Q2 overdue since 2026-10-31");
    }

    private static async Task<List<string>> RecordedAsync(IDocumentStore store, string organization)
    {
        await using var session = store.QuerySession(organization);
        var events = await session.Events.FetchStreamAsync(ReviewCalendar.StreamId(organization));
        return events.Select(e => ((ReviewOverdue)e.Data).Period).ToList();
    }
}
