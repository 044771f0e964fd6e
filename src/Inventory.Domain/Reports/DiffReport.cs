using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>
/// What changed in each segment between two dates (effective dates after <see cref="From"/> up to and including
/// <see cref="To"/>): relationships established and retired, costs revised (old → new), expectations and objectives
/// changed, the segment discontinued or reinstated. Each change names the event it comes from.
/// </summary>
public sealed record DiffReport(DateOnly From, DateOnly To, IReadOnlyList<SegmentDiff> Segments)
{
    /// <param name="streams">Each segment's events in the order they were recorded.</param>
    public static DiffReport Build(DateOnly from, DateOnly to, IEnumerable<IReadOnlyList<RecordedEvent>> streams)
    {
        var segments = new List<SegmentDiff>();
        foreach (var events in streams)
        {
            var diff = Segment(from, to, events);
            if (diff is not null) segments.Add(diff);
        }

        return new DiffReport(from, to, segments.OrderBy(s => s.Name, StringComparer.Ordinal).ToList());
    }

    private static SegmentDiff? Segment(DateOnly from, DateOnly to, IReadOnlyList<RecordedEvent> events)
    {
        SegmentPortfolio? state = null;
        var diff = new SegmentDiff();
        bool InWindow(DateOnly date) => date > from && date <= to;

        // An imported file's event counts as its changes, one by one, each naming the import event.
        foreach (var recorded in events)
        foreach (var data in recorded.Data is IImportedChanges imported ? imported.Changes() : (IEnumerable<object>)[recorded.Data])
        {
            var before = state;
            switch (data)
            {
                case RelationshipEstablished e when InWindow(e.EffectiveDate):
                    diff.Established.Add(new RelationshipChange(e.RelationshipId, e.Name, e.Type, e.EffectiveDate, null, recorded.Provenance));
                    break;
                case RelationshipRetired e when InWindow(e.EffectiveDate) && before?.Find(e.RelationshipId) is { } r:
                    diff.Retired.Add(new RelationshipChange(r.Id, r.Name, r.Type, e.EffectiveDate, e.Reason, recorded.Provenance));
                    break;
                case CostRevised e when InWindow(e.EffectiveDate) && before?.Find(e.RelationshipId) is { } r:
                    var old = r.CostOn(e.EffectiveDate.AddDays(-1) < r.EstablishedOn ? r.EstablishedOn : e.EffectiveDate.AddDays(-1));
                    diff.CostsRevised.Add(new CostChange(r.Id, r.Name, r.Type, e.EffectiveDate,
                        new CostFigures(old.MonthlyFixedCost, old.CostPerInteraction), new CostFigures(e.MonthlyFixedCost, e.CostPerInteraction),
                        e.Reason, recorded.Provenance));
                    break;
                case ExpectationRecorded e when InWindow(e.EffectiveDate) && before is not null:
                    diff.Expectations.Add(new ExpectationChange(e.Type, "recorded", before.ExpectationsOn(e.EffectiveDate).TryGetValue(e.Type, out var was) ? was : null,
                        e.Importance, e.EffectiveDate, recorded.Provenance));
                    break;
                case ExpectationWithdrawn e when InWindow(e.EffectiveDate) && before is not null:
                    diff.Expectations.Add(new ExpectationChange(e.Type, "withdrawn", before.ExpectationsOn(e.EffectiveDate).TryGetValue(e.Type, out var had) ? had : null,
                        null, e.EffectiveDate, recorded.Provenance));
                    break;
                case SegmentObjectiveChanged e when InWindow(e.EffectiveDate) && before is not null:
                    diff.Objectives.Add(new ObjectiveChange(before.ObjectiveOn(e.EffectiveDate), e.Motivation, e.Rationale, e.EffectiveDate, recorded.Provenance));
                    break;
                case SegmentDiscontinued e when InWindow(e.EffectiveDate):
                    diff.Status.Add(new StatusChange("discontinued", e.EffectiveDate, e.Reason, recorded.Provenance));
                    break;
                case SegmentReinstated e when InWindow(e.EffectiveDate):
                    diff.Status.Add(new StatusChange("reinstated", e.EffectiveDate, e.Reason, recorded.Provenance));
                    break;
            }

            state = PortfolioEvolution.Evolve(state, data);
        }

        if (state is null || diff.IsEmpty) return null;
        return diff with { SegmentId = state.Id, Name = state.Name };
    }
}

public sealed record SegmentDiff
{
    public Guid SegmentId { get; init; }
    public string Name { get; init; } = "";
    public List<RelationshipChange> Established { get; init; } = [];
    public List<RelationshipChange> Retired { get; init; } = [];
    public List<CostChange> CostsRevised { get; init; } = [];
    public List<ExpectationChange> Expectations { get; init; } = [];
    public List<ObjectiveChange> Objectives { get; init; } = [];
    public List<StatusChange> Status { get; init; } = [];

    internal bool IsEmpty => Established.Count + Retired.Count + CostsRevised.Count + Expectations.Count + Objectives.Count + Status.Count == 0;
}

public sealed record RelationshipChange(Guid RelationshipId, string Name, RelationshipType Type, DateOnly EffectiveDate, string? Reason, Provenance Provenance);

public sealed record CostFigures(decimal MonthlyFixedCost, decimal CostPerInteraction);

public sealed record CostChange(Guid RelationshipId, string Name, RelationshipType Type, DateOnly EffectiveDate, CostFigures Old, CostFigures New, string? Reason, Provenance Provenance);

public sealed record ExpectationChange(RelationshipType Type, string Change, int? PreviousImportance, int? Importance, DateOnly EffectiveDate, Provenance Provenance);

public sealed record ObjectiveChange(Motivation From, Motivation To, string Rationale, DateOnly EffectiveDate, Provenance Provenance);

public sealed record StatusChange(string Change, DateOnly EffectiveDate, string? Reason, Provenance Provenance);
