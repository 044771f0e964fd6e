using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Domain.Reviews;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Reviews;

/// <summary>A review reminder is a durable scheduled message: it fires after the host that scheduled it has stopped and another started.</summary>
public class ReviewReminderTests
{
    [Fact]
    public async Task an_overdue_reminder_scheduled_before_a_restart_records_the_period_after_it()
    {
        // The grace period ends 15 s from now for 2025-Q1 (which ended on 31 March 2025).
        var due = DateTimeOffset.UtcNow.AddSeconds(15);
        var grace = due - new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);
        void Configure(IWebHostBuilder b) => b.UseSetting("Inventory:Reviews:GracePeriod", grace.ToString("c"));

        string connectionString, organization;
        await using (var first = await InventoryHost.StartAsync(Configure))
        {
            first.DropDatabaseOnDispose = false;
            connectionString = first.ConnectionString;
            var org = await first.NewOrganizationAsync();
            organization = org.Id;
            (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.Created);
        }

        await using var second = await InventoryHost.StartAsync(connectionString, Configure);
        second.DropDatabaseOnDispose = true;
        var store = second.Services.GetRequiredService<IDocumentStore>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        IReadOnlyList<JasperFx.Events.IEvent> recorded;
        do
        {
            await Task.Delay(500);
            await using var session = store.QuerySession(organization);
            recorded = await session.Events.FetchStreamAsync(ReviewCalendar.StreamId(organization));
        } while (recorded.Count == 0 && DateTime.UtcNow < deadline);

        var overdue = (ReviewOverdue)recorded.Single().Data;
        overdue.Period.ShouldBe("2025-Q1");
        recorded.Single().Timestamp.ShouldBeGreaterThanOrEqualTo(due);
        var admin = await second.ClientForAsync(organization);
        var list = (await admin.GetAsync("/api/reviews")).Json;
        list["overdue"]!.AsArray().Single()!["period"]!.GetValue<string>().ShouldBe("2025-Q1");
        list["reviews"]![0]!["status"]!.GetValue<string>().ShouldBe("overdue");
    }
}
