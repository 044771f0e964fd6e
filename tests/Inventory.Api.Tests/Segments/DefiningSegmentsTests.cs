using System.Net;
using Inventory.Api.Tests.Infrastructure;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Segments;

public class DefiningSegmentsTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;

    public async ValueTask InitializeAsync() => _org = await app.Host.NewOrganizationAsync();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task a_defined_segment_is_read_back_with_its_version_as_etag()
    {
        var created = (await _org.Admin.PostAsync("/api/segments",
            new { name = "Home brewers", motivation = "retention", effectiveDate = "2025-01-01" })).ShouldBe(HttpStatusCode.Created);
        var id = created.Id("segmentId");
        created.Version.ShouldBe(1);
        created.Headers["Location"].ShouldBe($"/api/segments/{id}");

        var read = (await _org.Admin.GetAsync($"/api/segments/{id}")).ShouldBe(HttpStatusCode.OK);
        read.ETag.ShouldBe("\"1\"");
        read.Json["name"]!.GetValue<string>().ShouldBe("Home brewers");
        read.Json["objective"]!["motivation"]!.GetValue<string>().ShouldBe("retention");
        read.Json["status"]!.GetValue<string>().ShouldBe("active");
    }

    [Fact]
    public async Task the_event_carries_the_key_name_and_the_correlation_id()
    {
        var created = (await _org.Admin.PostAsync("/api/segments",
            new { name = "Cafés", motivation = "boostingSales", effectiveDate = "2025-01-01" },
            ("X-Correlation-Id", "review-2025-q1"))).ShouldBe(HttpStatusCode.Created);
        created.Headers["X-Correlation-Id"].ShouldBe("review-2025-q1");

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession(_org.Id);
        var events = await session.Events.FetchStreamAsync(created.Id("segmentId"));
        events.Single().UserName.ShouldBe("first-admin");
        events.Single().CorrelationId.ShouldBe("review-2025-q1");
        events.Single().TenantId.ShouldBe(_org.Id);
    }

    [Fact]
    public async Task a_missing_name_and_an_unknown_motivation_are_named_in_a_400()
    {
        var answer = (await _org.Admin.PostAsync("/api/segments", new { motivation = "loyalty", effectiveDate = "2025-13-01" }))
            .ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFor("name");
        answer.ErrorFor("motivation").ShouldContain("retention");
        answer.ErrorFor("effectiveDate");
    }

    [Fact]
    public async Task the_audit_log_shows_the_change_through_the_async_projection()
    {
        var created = (await _org.Admin.PostAsync("/api/segments",
            new { name = "Offices", motivation = "acquisition", effectiveDate = "2025-02-01" })).ShouldBe(HttpStatusCode.Created);

        var audit = (await _org.Admin.GetAsync($"/api/audit?segment={created.Id("segmentId")}")).ShouldBe(HttpStatusCode.OK);
        audit.Json["complete"]!.GetValue<bool>().ShouldBeTrue(audit.Body);
        TestContext.Current.SendDiagnosticMessage(audit.Body);
        var entry = audit.Json["entries"]!.AsArray().Single()!;
        entry["summary"]!.GetValue<string>().ShouldContain("Offices");
        entry["user"]!.GetValue<string>().ShouldBe("first-admin");
        entry["effectiveDate"]!.GetValue<string>().ShouldBe("2025-02-01");
    }
}
