using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inventory.Api.Tests.Reviews;

/// <summary>A review reminder is a durable scheduled message: it fires after the host that scheduled it has stopped and another started.</summary>
public class ReviewReminderTests
{
    [Fact]
    public async Task an_overdue_reminder_scheduled_before_a_restart_fires_after_it()
    {
        // The grace period ends 8 s from now for 2025-Q1 (which ended on 31 March 2025).
        var due = DateTimeOffset.UtcNow.AddSeconds(8);
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
            (await org.Admin.GetAsync("/api/reviews")).Json["overdue"]!.AsArray().ShouldBeEmpty();
        }

        await using var second = await InventoryHost.StartAsync(connectionString, Configure);
        second.DropDatabaseOnDispose = true;
        var admin = await second.ClientForAsync(organization);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        System.Text.Json.Nodes.JsonNode list;
        do
        {
            await Task.Delay(500);
            list = (await admin.GetAsync("/api/reviews")).Json;
        } while (list["overdue"]!.AsArray().Count == 0 && DateTime.UtcNow < deadline);

        var overdue = list["overdue"]!.AsArray().Single()!;
        overdue["period"]!.GetValue<string>().ShouldBe("2025-Q1");
        list["reviews"]![0]!["status"]!.GetValue<string>().ShouldBe("overdue");
        DateTimeOffset.UtcNow.ShouldBeGreaterThanOrEqualTo(due);
    }
}
