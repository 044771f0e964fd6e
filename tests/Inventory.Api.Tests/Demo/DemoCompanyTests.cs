using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Languages;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Api.Demo;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Demo;

/// <summary>
/// The demo company in the language asked (<c>--demo es|pt-BR|en</c>): its names, reasons and rationales in that
/// language, its amounts in the organization's currency, and the same history — the same figures shape — in each.
/// </summary>
public class DemoCompanyTests(AppFixture app)
{
    [Theory]
    [InlineData(new[] { "--demo" }, new string[0], "")]
    [InlineData(new[] { "--demo", "es" }, new string[0], "es")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:1", "--demo", "pt-br" }, new[] { "--urls", "http://127.0.0.1:1" }, "pt-BR")]
    [InlineData(new[] { "--demo=en-GB" }, new string[0], "en")]
    [InlineData(new[] { "--demo", "--urls", "x" }, new[] { "--urls", "x" }, "")]
    [InlineData(new[] { "run", "--demo", "run" }, new[] { "run", "run" }, "")]
    [InlineData(new[] { "org", "list" }, new[] { "org", "list" }, null)]
    public void the_option_takes_an_optional_language(string[] args, string[] rest, string? language)
    {
        var (left, asked) = DemoOption.Take(args);
        left.ShouldBe(rest);
        asked.ShouldBe(language);
    }

    [Fact]
    public async Task the_demo_loads_in_each_language_with_the_same_history_and_figures()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var now = app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var loaded = new Dictionary<string, (JsonNode Segments, JsonNode Mix, string Currency)>();
        var stories = new Dictionary<string, List<(string Quarter, string Segment, decimal Revenue, string Flags)>>();
        foreach (var language in Texts.Supported)
        {
            var currency = DemoCompany.CurrencyFor(language);
            var org = await app.Host.NewOrganizationAsync(currency);
            (await DemoCompany.LoadAsync(store, org.Id, now, Texts.For(language), currency)).ShouldBeTrue();
            (await DemoCompany.LoadAsync(store, org.Id, now, Texts.For(language), currency)).ShouldBeFalse("a second load adds nothing");
            var segments = (await org.Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK).Json;
            var mix = (await org.Admin.GetAsync("/api/reports/mix")).ShouldBe(HttpStatusCode.OK).Json;
            loaded[language] = (segments, mix, currency);

            var texts = Texts.For(language);
            var costBenefit = (await org.Admin.GetAsync("/api/reports/cost-benefit")).ShouldBe(HttpStatusCode.OK).Json;
            stories[language] = Story(costBenefit, texts);
            Names(segments).ShouldBe(new[] { "commuters", "sport", "fleets", "families" }.Select(s => texts[$"demo.segment.{s}"]), ignoreOrder: true);
            var sport = segments.AsArray().Single(s => s!["name"]!.GetValue<string>() == texts["demo.segment.sport"])!["segmentId"]!.GetValue<Guid>();
            var portfolio = (await org.Admin.GetAsync($"/api/segments/{sport}")).ShouldBe(HttpStatusCode.OK).Json;
            portfolio["relationships"]!.AsArray().Select(r => r!["name"]!.GetValue<string>())
                .ShouldBe(new[] { "fitting", "club", "panel" }.Select(r => texts[$"demo.relationship.{r}"]), ignoreOrder: true);
            var reviews = (await org.Admin.GetAsync("/api/reviews")).ShouldBe(HttpStatusCode.OK).Json;
            reviews.ToJsonString().ShouldContain(System.Text.Json.JsonSerializer.Serialize(texts["demo.review.title"])[1..^1]);
            mix["currency"]!.GetValue<string>().ShouldBe(currency);
        }

        loaded["es"].Segments.ToJsonString().ShouldNotContain("Commuters");
        loaded["pt-BR"].Segments.ToJsonString().ShouldNotContain("Commuters");
        var english = Totals(loaded["en"].Mix);
        foreach (var language in new[] { "es", "pt-BR" })
        {
            var totals = Totals(loaded[language].Mix);
            totals.Select(t => (t.Quarter, t.Active, t.Interactions)).ShouldBe(english.Select(t => (t.Quarter, t.Active, t.Interactions)), language);
            // The same costs, in reals about five times the euros.
            var scale = loaded[language].Currency == "BRL" ? 5m : 1m;
            foreach (var (mine, theirs) in totals.Zip(english)) mine.Cost.ShouldBe(theirs.Cost * scale, 0.05m * totals.Count, $"{language} {mine.Quarter}");
            // The same outcomes and flags, the revenue in reals five times the euros.
            stories[language].ShouldBe(stories["en"].Select(s => s with { Revenue = s.Revenue * scale }), language);
        }
    }

    /// <summary>
    /// A pinned end day (<c>Inventory:DemoEndsOn</c>) gives the same quarters whatever the day of loading: 2026-11-27 ends
    /// the history in 2026-Q4 (usage up to 2026-10, the month before), starts it in 2025-Q1 and closes the review of 2025-Q4;
    /// a day after today is refused rather than recording months that have not begun.
    /// </summary>
    [Fact]
    public async Task a_pinned_end_day_fixes_the_demos_quarters()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var now = app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var org = await app.Host.NewOrganizationAsync();
        (await DemoCompany.LoadAsync(store, org.Id, now, Texts.English, "EUR", endsOn: new DateOnly(2026, 11, 27))).ShouldBeTrue();

        var mix = (await org.Admin.GetAsync("/api/reports/mix?from=2024-Q4&to=2026-Q4")).ShouldBe(HttpStatusCode.OK).Json;
        var active = mix["quarters"]!.AsArray().Where(q => q!["totalActive"]!.GetValue<int>() > 0).Select(q => q!["quarter"]!.GetValue<string>()).ToList();
        active.First().ShouldBe("2025-Q1");
        active.Last().ShouldBe("2026-Q4");
        var reviews = (await org.Admin.GetAsync("/api/reviews")).ShouldBe(HttpStatusCode.OK).Json["reviews"]!.AsArray();
        reviews.Single()!["period"]!.GetValue<string>().ShouldBe("2025-Q4");
        var segment = (await org.Admin.GetAsync("/api/segments")).Json.AsArray()
            .Single(s => s!["name"]!.GetValue<string>() == Texts.English["demo.segment.commuters"])!["segmentId"]!.GetValue<Guid>();
        var outcomes = (await org.Admin.GetAsync($"/api/segments/{segment}/outcomes")).ShouldBe(HttpStatusCode.OK).Json["outcomes"]!.AsArray();
        outcomes.Last()!["month"]!.GetValue<string>().ShouldBe("2026-10");

        var tomorrow = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        var other = await app.Host.NewOrganizationAsync();
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => DemoCompany.LoadAsync(store, other.Id, now, Texts.English, "EUR", endsOn: tomorrow));
    }

    /// <summary>
    /// The cost-benefit view tells a story a newcomer can follow: the families' advice costs more than the families bring in
    /// until the segment is discontinued; the fleets' money keeps accounts while their objective is winning new ones; the
    /// commuters and sport riders pay for what they cost and serve their objective (the commuters' web shop turned to
    /// boosting sales with their new objective). Whatever day it is loaded.
    /// </summary>
    [Fact]
    public async Task the_demo_tells_a_cost_benefit_story()
    {
        var org = await app.Host.NewOrganizationAsync();
        var now = app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        (await DemoCompany.LoadAsync(app.Host.Services.GetRequiredService<IDocumentStore>(), org.Id, now)).ShouldBeTrue();
        var report = (await org.Admin.GetAsync("/api/reports/cost-benefit")).ShouldBe(HttpStatusCode.OK).Json;
        var quarters = report["quarters"]!.AsArray().Select(q => q!["quarter"]!.GetValue<string>()).ToList();
        quarters.Count.ShouldBe(8, "the demo's two years: the default range");
        var story = Story(report, Texts.English);

        string Flags(string segment, int quarter) => story.Single(s => s.Segment == segment && s.Quarter == quarters[quarter]).Flags;
        for (var q = 0; q < quarters.Count; q++)
        {
            Flags("commuters", q).ShouldBe("", quarters[q]);
            Flags("sport", q).ShouldBe("", quarters[q]);
            // Misaligned in every quarter; never costing more than they bring in.
            Flags("fleets", q).ShouldContain("misaligned", Case.Sensitive, quarters[q]);
            Flags("fleets", q).ShouldNotContain("costExceedsRevenue", Case.Sensitive, quarters[q]);
            // Discontinued on the first day of the seventh quarter: costing more until then, nothing after.
            if (q < 6) Flags("families", q).ShouldContain("costExceedsRevenue", Case.Sensitive, quarters[q]);
            else Flags("families", q).ShouldNotContain("costExceedsRevenue", Case.Sensitive, quarters[q]);
            Flags("families", q).ShouldNotContain("misaligned", Case.Sensitive, quarters[q]);
        }

        // Every complete quarter has outcomes; the families' trailing revenue is in the seventh.
        foreach (var segment in new[] { "commuters", "sport", "fleets" })
            story.Where(s => s.Segment == segment).Take(7).ShouldAllBe(s => s.Revenue > 0);
        story.Single(s => s.Segment == "families" && s.Quarter == quarters[6]).Revenue.ShouldBe(400m);
        var fleets = report["quarters"]!.AsArray()[6]!["segments"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Corporate fleets")!;
        fleets["objective"]!.GetValue<string>().ShouldBe("acquisition");
        fleets["objectiveAlignment"]!.GetValue<decimal>().ShouldBeLessThan(0.5m);
        fleets["closingCustomers"]!.GetValue<long>().ShouldBeGreaterThan(40);
    }

    /// <summary>Per quarter and segment (by its demo key), the revenue and the flags.</summary>
    private static List<(string Quarter, string Segment, decimal Revenue, string Flags)> Story(JsonNode report, Texts texts)
    {
        var keys = new[] { "commuters", "sport", "fleets", "families" }.ToDictionary(k => texts[$"demo.segment.{k}"]);
        return report["quarters"]!.AsArray().SelectMany(q => q!["segments"]!.AsArray().Select(s => (
                q["quarter"]!.GetValue<string>(),
                keys[s!["name"]!.GetValue<string>()],
                s["revenue"]!.GetValue<decimal>(),
                string.Join(' ', s["flags"]!.AsArray().Select(f => f!.GetValue<string>())))))
            .OrderBy(s => s.Item1, StringComparer.Ordinal).ThenBy(s => s.Item2, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task a_new_default_organization_gets_the_demo_in_the_configured_language_and_its_currency()
    {
        await using var host = await InventoryHost.StartAsync(builder =>
        {
            builder.UseSetting("Inventory:Demo", "true");
            builder.UseSetting("Inventory:DemoLanguage", "pt-BR");
        });
        var admin = host.Client(host.DefaultAdminKey);
        var segments = (await admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK).Json;
        Names(segments).ShouldContain("Ciclistas urbanos");
        Names(segments).ShouldContain("Frotas corporativas");
        (await admin.GetAsync("/api/reports/mix")).ShouldBe(HttpStatusCode.OK).Json["currency"]!.GetValue<string>().ShouldBe("BRL");
    }

    private static List<string> Names(JsonNode segments) => segments.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();

    private static List<(string Quarter, int Active, long Interactions, decimal Cost)> Totals(JsonNode mix) =>
        mix["quarters"]!.AsArray().Select(q => (
            q!["quarter"]!.GetValue<string>(),
            q["totalActive"]!.GetValue<int>(),
            q["totalInteractions"]!.GetValue<long>(),
            q["totalCost"]!.GetValue<decimal>())).ToList();
}
