using System.Text.Json;
using Inventory.Domain.Audit;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Tests.Portfolio;

public class ImportedChangesTests
{
    private static readonly Guid Segment = Guid.NewGuid(), Shop = Guid.NewGuid(), Desk = Guid.NewGuid();
    private const string Sha = "3f2a9c0b7d1e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c";

    private static readonly IPortfolioEvent[] Setup =
    [
        new SegmentDefined(Segment, "Home brewers", null, Motivation.Retention, new DateOnly(2025, 1, 1)),
        new RelationshipEstablished(Segment, Shop, RelationshipType.SelfService, "Shop", [Channel.Web], [], [], Horizon.LongTerm, null, null, 300m, 0.1m, "EUR", new DateOnly(2025, 1, 1)),
        new RelationshipEstablished(Segment, Desk, RelationshipType.PersonalAssistance, "Desk", [Channel.Web], [], [], Horizon.LongTerm, null, null, 900m, 2m, "EUR", new DateOnly(2025, 1, 1)),
    ];

    // A file's rows as single events, interleaving the two relationships, one month recorded twice (the later wins).
    private static readonly IRelationshipEvent[] Rows =
    [
        new UsageRecorded(Segment, Shop, YearMonth.Parse("2025-01"), 1000, 300),
        new UsageRecorded(Segment, Desk, YearMonth.Parse("2025-01"), 40, 12),
        new UsageRecorded(Segment, Shop, YearMonth.Parse("2025-02"), 2000, 400),
        new UsageRecorded(Segment, Shop, YearMonth.Parse("2025-01"), 1100, 310),
        new UsageRecorded(Segment, Desk, YearMonth.Parse("2025-03"), 55, 20),
    ];

    private static SegmentPortfolio Fold(IEnumerable<object> events) =>
        events.Aggregate((SegmentPortfolio?)null, PortfolioEvolution.Evolve)!;

    [Fact]
    public void a_file_is_gathered_into_one_event_per_relationship_keeping_each_relationships_rows_in_file_order()
    {
        var imported = ImportedChanges.Gather(Rows, "usage-2025-q1.csv", Sha);
        imported.Count.ShouldBe(2);
        var shop = imported[0].ShouldBeOfType<UsageImported>();
        shop.RelationshipId.ShouldBe(Shop);
        shop.FileName.ShouldBe("usage-2025-q1.csv");
        shop.Sha256.ShouldBe(Sha);
        shop.Months.Select(m => (m.Month.ToString(), m.Interactions)).ShouldBe([("2025-01", 1000L), ("2025-02", 2000L), ("2025-01", 1100L)]);
        imported[1].Changes().ShouldBe(Rows.Where(r => r.RelationshipId == Desk));
    }

    [Fact]
    public void the_fold_of_an_import_event_is_the_fold_of_its_rows_one_by_one()
    {
        var one = Fold(Setup.Concat<object>(Rows));
        var gathered = Fold(Setup.Concat<object>(ImportedChanges.Gather(Rows, "usage.csv", Sha)));
        JsonSerializer.Serialize(gathered).ShouldBe(JsonSerializer.Serialize(one));

        var facts = Facts(Setup.Concat<object>(ImportedChanges.Gather(Rows, "usage.csv", Sha)));
        var single = Facts(Setup.Concat<object>(Rows));
        facts.Usage(Shop, YearMonth.Parse("2025-01"))!.Interactions.ShouldBe(1100);
        foreach (var relationship in new[] { Shop, Desk }) facts.UsageOf(relationship).ShouldBe(single.UsageOf(relationship));
    }

    private static MonthlyFacts Facts(IEnumerable<object> events) => events.Aggregate(new MonthlyFacts(), (facts, e) => facts.Apply(e));

    [Fact]
    public void satisfaction_and_cost_files_fold_like_their_rows()
    {
        IRelationshipEvent[] rows =
        [
            new SatisfactionRecorded(Segment, Shop, YearMonth.Parse("2025-02"), 80m, 10),
            new CostRevised(Segment, Desk, 950m, 2.5m, new DateOnly(2025, 3, 1), "New tariff"),
            new CostRevised(Segment, Desk, 1000m, 2.5m, new DateOnly(2025, 6, 1), "Indexation"),
        ];
        var satisfaction = ImportedChanges.Gather(rows[..1], "satisfaction.csv", Sha);
        var costs = ImportedChanges.Gather(rows[1..], "costs.csv", Sha);
        costs.ShouldHaveSingleItem().ShouldBeOfType<CostsImported>().Revisions.Count.ShouldBe(2);
        JsonSerializer.Serialize(Fold(Setup.Concat<object>(satisfaction).Concat(costs))).ShouldBe(JsonSerializer.Serialize(Fold(Setup.Concat<object>(rows))));
        Facts(satisfaction).SatisfactionOf(Shop).ShouldBe(Facts(rows).SatisfactionOf(Shop));
    }

    [Fact]
    public void a_file_mixing_kinds_for_one_relationship_is_refused() =>
        Should.Throw<ArgumentException>(() => ImportedChanges.Gather(
            [new UsageRecorded(Segment, Shop, YearMonth.Parse("2025-01"), 1, 1), new SatisfactionRecorded(Segment, Shop, YearMonth.Parse("2025-01"), 80m, 1)], "x.csv", Sha));

    [Fact]
    public void the_audit_names_the_file_an_import_came_from()
    {
        var imported = ImportedChanges.Gather(Rows, "usage-2026-10.csv", Sha);
        var shop = EventDescription.Of(imported[0]);
        shop.Summary.ShouldBe("Usage of 3 months, 2025-01 to 2025-02, imported from usage-2026-10.csv");
        shop.RelationshipId.ShouldBe(Shop);
        shop.EffectiveDate.ShouldBe(new DateOnly(2025, 1, 1));

        var single = ImportedChanges.Gather([new UsageRecorded(Segment, Shop, YearMonth.Parse("2026-10"), 8922, 1)], "usage-2026-10.csv", Sha);
        EventDescription.Of(single[0]).Summary.ShouldBe("Usage 2026-10: 8,922 interactions, 1 customer reached, imported from usage-2026-10.csv");

        var costs = ImportedChanges.Gather([new CostRevised(Segment, Desk, 950m, 2.5m, new DateOnly(2025, 3, 1), "New tariff, March")], "", Sha);
        var cost = EventDescription.Of(costs[0]);
        cost.Reason.ShouldBe("New tariff, March");
        cost.Summary.ShouldBe("Cost revised to 950.00/month + 2.50 per interaction, imported from a file (SHA-256 3f2a9c0b7d1e…)");
    }

    [Fact]
    public void the_comparison_counts_an_imported_cost_revision_and_names_the_import_event()
    {
        var events = Setup.Cast<object>()
            .Concat(ImportedChanges.Gather([new CostRevised(Segment, Desk, 950m, 2.5m, new DateOnly(2025, 3, 1), "New tariff")], "costs.csv", Sha))
            .Select((e, i) => new RecordedEvent(Segment, Guid.NewGuid(), i + 1, i + 1, e.GetType().Name, DateTimeOffset.UnixEpoch, "importer", e))
            .ToList();
        var change = DiffReport.Build(new DateOnly(2025, 1, 31), new DateOnly(2025, 12, 31), [events]).Segments.ShouldHaveSingleItem().CostsRevised.ShouldHaveSingleItem();
        change.Old.MonthlyFixedCost.ShouldBe(900m);
        change.New.MonthlyFixedCost.ShouldBe(950m);
        change.Provenance.EventId.ShouldBe(events[^1].EventId);
    }
}
