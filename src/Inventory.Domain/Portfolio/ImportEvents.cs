using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio;

// An import records one event per relationship per file (per segment for outcomes): the file's rows for that
// relationship or segment, in file order, with the file's name and SHA-256. Each means exactly what its rows would mean
// recorded one by one (Changes()).

/// <summary>One row of a usage file.</summary>
public sealed record ImportedUsage(YearMonth Month, long Interactions, long CustomersReached);

/// <summary>One row of a satisfaction file.</summary>
public sealed record ImportedSatisfaction(YearMonth Month, decimal Score, long Responses);

/// <summary>One row of an outcomes file.</summary>
public sealed record ImportedOutcome(YearMonth Month, decimal Revenue, int NewCustomers, int LostCustomers, int ActiveCustomers);

/// <summary>One row of a cost file.</summary>
public sealed record ImportedCost(decimal MonthlyFixedCost, decimal CostPerInteraction, DateOnly EffectiveDate, string Reason);

public sealed record UsageImported(
    Guid SegmentId,
    Guid RelationshipId,
    string FileName,
    string Sha256,
    IReadOnlyList<ImportedUsage> Months) : IImportedChanges, IRelationshipEvent
{
    public IEnumerable<IPortfolioEvent> Changes() =>
        Months.Select(m => new UsageRecorded(SegmentId, RelationshipId, m.Month, m.Interactions, m.CustomersReached));
}

public sealed record SatisfactionImported(
    Guid SegmentId,
    Guid RelationshipId,
    string FileName,
    string Sha256,
    IReadOnlyList<ImportedSatisfaction> Months) : IImportedChanges, IRelationshipEvent
{
    public IEnumerable<IPortfolioEvent> Changes() =>
        Months.Select(m => new SatisfactionRecorded(SegmentId, RelationshipId, m.Month, m.Score, m.Responses));
}

public sealed record CostsImported(
    Guid SegmentId,
    Guid RelationshipId,
    string FileName,
    string Sha256,
    IReadOnlyList<ImportedCost> Revisions) : IImportedChanges, IRelationshipEvent
{
    public IEnumerable<IPortfolioEvent> Changes() =>
        Revisions.Select(r => new CostRevised(SegmentId, RelationshipId, r.MonthlyFixedCost, r.CostPerInteraction, r.EffectiveDate, r.Reason));
}

/// <summary>A segment's outcomes from one file.</summary>
public sealed record OutcomesImported(
    Guid SegmentId,
    string FileName,
    string Sha256,
    IReadOnlyList<ImportedOutcome> Months) : IImportedChanges
{
    public IEnumerable<IPortfolioEvent> Changes() =>
        Months.Select(m => new SegmentOutcomeRecorded(SegmentId, m.Month, m.Revenue, m.NewCustomers, m.LostCustomers, m.ActiveCustomers));
}

/// <summary>Gathers one file's single events into one import event per relationship (per segment for outcomes), in file order.</summary>
public static class ImportedChanges
{
    public static IReadOnlyList<IImportedChanges> Gather(IEnumerable<IPortfolioEvent> changes, string fileName, string sha256)
    {
        var bySubject = new Dictionary<(Guid Segment, Guid? Relationship), List<IPortfolioEvent>>();
        var order = new List<(Guid, Guid?)>();
        foreach (var change in changes)
        {
            var subject = (change.SegmentId, (change as IRelationshipEvent)?.RelationshipId);
            if (!bySubject.TryGetValue(subject, out var list))
            {
                bySubject[subject] = list = [];
                order.Add(subject);
            }

            list.Add(change);
        }

        return order.Select(subject => Of(bySubject[subject], fileName, sha256)).ToList();
    }

    private static IImportedChanges Of(List<IPortfolioEvent> changes, string fileName, string sha256)
    {
        if (changes.Any(c => c.GetType() != changes[0].GetType()))
            throw new ArgumentException("a file holds one kind of change", nameof(changes));
        return Single(changes, fileName, sha256);
    }

    private static IImportedChanges Single(List<IPortfolioEvent> changes, string fileName, string sha256) => changes[0] switch
    {
        SegmentOutcomeRecorded first => new OutcomesImported(first.SegmentId, fileName, sha256,
            changes.Cast<SegmentOutcomeRecorded>().Select(e => new ImportedOutcome(e.Month, e.Revenue, e.NewCustomers, e.LostCustomers, e.ActiveCustomers)).ToList()),
        UsageRecorded first => new UsageImported(first.SegmentId, first.RelationshipId, fileName, sha256,
            changes.Cast<UsageRecorded>().Select(e => new ImportedUsage(e.Month, e.Interactions, e.CustomersReached)).ToList()),
        SatisfactionRecorded first => new SatisfactionImported(first.SegmentId, first.RelationshipId, fileName, sha256,
            changes.Cast<SatisfactionRecorded>().Select(e => new ImportedSatisfaction(e.Month, e.Score, e.Responses)).ToList()),
        CostRevised first => new CostsImported(first.SegmentId, first.RelationshipId, fileName, sha256,
            changes.Cast<CostRevised>().Select(e => new ImportedCost(e.MonthlyFixedCost, e.CostPerInteraction, e.EffectiveDate, e.Reason)).ToList()),
        var other => throw new ArgumentException($"{other.GetType().Name} is not imported from files", nameof(changes)),
    };
}
