using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio;

/// <summary>
/// The usage and satisfaction recorded per relationship and calendar month, and the segment's outcomes per calendar
/// month (of one segment, or of the months a report asks for): the facts a month's figures are computed from besides
/// the portfolio. Recording a month again replaces it.
/// </summary>
/// <remarks>
/// The store keeps these as narrow rows, one per relationship and month and one per segment and month, not in the
/// segment's decision state.
/// </remarks>
public sealed class MonthlyFacts
{
    private readonly Dictionary<(Guid Relationship, YearMonth Month), UsageEntry> _usage = new();
    private readonly Dictionary<(Guid Relationship, YearMonth Month), SatisfactionEntry> _satisfaction = new();
    private readonly Dictionary<YearMonth, OutcomeEntry> _outcomes = new();

    public UsageEntry? Usage(Guid relationshipId, YearMonth month) => _usage.GetValueOrDefault((relationshipId, month));

    public SatisfactionEntry? Satisfaction(Guid relationshipId, YearMonth month) => _satisfaction.GetValueOrDefault((relationshipId, month));

    /// <summary>The relationship's usage, month by month.</summary>
    public IReadOnlyList<UsageEntry> UsageOf(Guid relationshipId) =>
        _usage.Where(u => u.Key.Relationship == relationshipId).Select(u => u.Value).OrderBy(u => u.Month).ToList();

    /// <summary>The relationship's satisfaction, month by month.</summary>
    public IReadOnlyList<SatisfactionEntry> SatisfactionOf(Guid relationshipId) =>
        _satisfaction.Where(s => s.Key.Relationship == relationshipId).Select(s => s.Value).OrderBy(s => s.Month).ToList();

    /// <summary>The segment's outcome of <paramref name="month"/>, if recorded.</summary>
    public OutcomeEntry? Outcome(YearMonth month) => _outcomes.GetValueOrDefault(month);

    /// <summary>The segment's outcomes, month by month.</summary>
    public IReadOnlyList<OutcomeEntry> Outcomes() => _outcomes.Values.OrderBy(o => o.Month).ToList();

    public void Record(OutcomeEntry outcome) => _outcomes[outcome.Month] = outcome;

    public void Record(Guid relationshipId, UsageEntry usage) => _usage[(relationshipId, usage.Month)] = usage;

    public void Record(Guid relationshipId, SatisfactionEntry satisfaction) => _satisfaction[(relationshipId, satisfaction.Month)] = satisfaction;

    /// <summary>Folds a portfolio event in: usage, satisfaction and outcomes (an import's too, in file order); anything else changes nothing.</summary>
    public MonthlyFacts Apply(object @event)
    {
        switch (@event)
        {
            case UsageRecorded e:
                Record(e.RelationshipId, new UsageEntry(e.Month, e.Interactions, e.CustomersReached));
                break;
            case SatisfactionRecorded e:
                Record(e.RelationshipId, new SatisfactionEntry(e.Month, e.Score, e.Responses));
                break;
            case SegmentOutcomeRecorded e:
                Record(new OutcomeEntry(e.Month, e.Revenue, e.NewCustomers, e.LostCustomers, e.ActiveCustomers));
                break;
            case IImportedChanges e:
                foreach (var change in e.Changes()) Apply(change);
                break;
        }

        return this;
    }

    /// <summary>The facts as of <paramref name="date"/>: months starting after it are left out.</summary>
    public MonthlyFacts AsOf(DateOnly date)
    {
        var facts = new MonthlyFacts();
        foreach (var (key, usage) in _usage.Where(u => u.Key.Month.FirstDay <= date)) facts._usage[key] = usage;
        foreach (var (key, satisfaction) in _satisfaction.Where(s => s.Key.Month.FirstDay <= date)) facts._satisfaction[key] = satisfaction;
        foreach (var (key, outcome) in _outcomes.Where(o => o.Key.FirstDay <= date)) facts._outcomes[key] = outcome;
        return facts;
    }
}
