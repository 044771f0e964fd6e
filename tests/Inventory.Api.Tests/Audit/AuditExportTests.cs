using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Audit;

/// <summary>The audit CSV is complete (every matching entry, counted), and every entry names its segment and relationship.</summary>
public class AuditExportTests(AppFixture app) : IAsyncLifetime
{
    private const int Relationships = 4;
    private const int Months = 160;
    // The segment's definition, its relationships, and their monthly usage.
    private const int Entries = 1 + Relationships + Relationships * Months;

    private TestOrganization _org = null!;
    private Guid _segment;
    private readonly List<Guid> _relationships = [];

    public async ValueTask InitializeAsync()
    {
        _org = await app.Host.NewOrganizationAsync();
        _segment = (await _org.Admin.PostAsync("/api/segments", new { name = "Long-standing", motivation = "retention", effectiveDate = "2010-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");
        for (var i = 0; i < Relationships; i++)
        {
            _relationships.Add((await _org.Admin.PostAsync($"/api/segments/{_segment}/relationships", new
            {
                type = "selfService", name = $"Shop {i + 1}", monthlyFixedCost = 100, costPerInteraction = "0.10", effectiveDate = "2010-01-01",
            })).ShouldBe(HttpStatusCode.Created).Id("relationshipId"));
        }

        // Each month as its own usage event (what the record-usage command appends): an import now records one event
        // per relationship and file, and this log needs many entries.
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(_org.Id))
        {
            session.Events.Append(_segment, _relationships
                .SelectMany(relationship => Enumerable.Range(0, Months)
                    .Select(m => (object)new UsageRecorded(_segment, relationship, YearMonth.Of(new DateOnly(2010, 1, 1).AddMonths(m)), 100 + m, 10)))
                .ToArray());
            await session.SaveChangesAsync();
        }

        // The log is an async projection: wait until it has taken every entry in.
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var page = (await _org.Admin.GetAsync("/api/audit?pageSize=1")).ShouldBe(HttpStatusCode.OK).Json;
            if (page["complete"]!.GetValue<bool>() && page["totalCount"]!.GetValue<long>() == Entries) return;
        }

        throw new InvalidOperationException("The audit log did not take every entry in");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string[] Lines(Answer answer) => answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task the_csv_without_a_page_holds_every_entry_and_says_how_many()
    {
        var answer = (await _org.Admin.GetAsync("/api/audit", ("Accept", "text/csv"))).ShouldBe(HttpStatusCode.OK);
        answer.ContentType.ShouldBe("text/csv");
        answer.Headers["X-Total-Count"].ShouldBe(Entries.ToString());
        var lines = Lines(answer);
        lines[0].ShouldBe("sequence,recordedAt,user,stream,streamId,version,eventType,effectiveDate,segmentId,segmentName,relationshipId,relationshipName,"
            + "summary,reason,correlationId,causationId");
        lines.Length.ShouldBe(1 + Entries);
        lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count().ShouldBe(Entries);

        var byLink = (await _org.Admin.GetAsync($"/api/audit?format=csv&segment={_segment}")).ShouldBe(HttpStatusCode.OK);
        byLink.Headers["X-Total-Count"].ShouldBe(Entries.ToString());
        Lines(byLink).Length.ShouldBe(1 + Entries);
    }

    [Fact]
    public async Task the_csv_export_honours_the_filter_and_an_empty_one_is_a_header_only()
    {
        var none = (await _org.Admin.GetAsync("/api/audit?format=csv&user=nobody")).ShouldBe(HttpStatusCode.OK);
        none.Headers["X-Total-Count"].ShouldBe("0");
        Lines(none).Length.ShouldBe(1);

        var paged = (await _org.Admin.GetAsync("/api/audit?format=csv&pageSize=50&page=2")).ShouldBe(HttpStatusCode.OK);
        Lines(paged).Length.ShouldBe(1 + 50);
        paged.Headers["X-Total-Count"].ShouldBe(Entries.ToString());
    }

    [Fact]
    public async Task csv_dates_are_iso_8601_and_rows_name_the_segment_and_the_relationship()
    {
        var lines = Lines(await _org.Admin.GetAsync("/api/audit?format=csv"));
        var first = _relationships[0];
        var usage = lines.Single(l => l.Contains($",{first},") && l.Contains("Usage 2010-01:"));
        var fields = usage.Split(',');
        fields[1].ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$");
        fields[7].ShouldBe("2010-01-01");
        fields[8].ShouldBe(_segment.ToString());
        fields[9].ShouldBe("Long-standing");
        fields[10].ShouldBe(first.ToString());
        fields[11].ShouldBe("Shop 1");

        var defined = lines.Single(l => l.Contains(",segment_defined,")).Split(',');
        defined[9].ShouldBe("Long-standing");
        defined[11].ShouldBe("");
    }

    [Fact]
    public async Task json_entries_and_the_segment_history_name_the_segment_and_the_relationship()
    {
        var entries = (await _org.Admin.GetAsync($"/api/audit?pageSize=500")).Json["entries"]!.AsArray();
        entries.Count.ShouldBe(500);
        var usage = entries.First(e => e!["eventType"]!.GetValue<string>() == "usage_recorded")!;
        usage["segmentId"]!.GetValue<Guid>().ShouldBe(_segment);
        usage["segmentName"]!.GetValue<string>().ShouldBe("Long-standing");
        usage["relationshipName"]!.GetValue<string>().ShouldBe($"Shop {_relationships.IndexOf(usage["relationshipId"]!.GetValue<Guid>()) + 1}");

        var history = (await _org.Admin.GetAsync($"/api/segments/{_segment}/history")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
        history.ShouldAllBe(h => h!["segmentId"]!.GetValue<Guid>() == _segment && h["segmentName"]!.GetValue<string>() == "Long-standing");
        JsonNode established = history.Single(h => h!["eventType"]!.GetValue<string>() == "relationship_established"
            && h["relationshipId"]!.GetValue<Guid>() == _relationships[2])!;
        established["relationshipName"]!.GetValue<string>().ShouldBe("Shop 3");
        history.Single(h => h!["eventType"]!.GetValue<string>() == "segment_defined")!["relationshipName"].ShouldBeNull();
    }
}
