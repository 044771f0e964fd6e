using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>
/// What each segment brings in against what its relationships cost, per quarter (docs/figures.md, "Cost-benefit"):
/// outcomes, relationship cost, its split by motivation, the objective it serves and the flags. Built from the segments
/// (portfolio, monthly usage and outcomes) of the asked quarters and the quarter before the first.
/// </summary>
public sealed record CostBenefitReport(IReadOnlyList<CostBenefitQuarter> Quarters)
{
    public const decimal DefaultThreshold = 0.1m;

    /// <param name="quarters">The quarters asked for, in order.</param>
    /// <param name="segments">The segments as of <paramref name="asOf"/>; one defined after that date is left out.</param>
    /// <param name="threshold">How much (a fraction) the acquisition cost per new customer may rise before it is flagged.</param>
    public static CostBenefitReport Build(IReadOnlyList<Quarter> quarters, IReadOnlyList<SegmentFacts> segments, DateOnly asOf, decimal threshold = DefaultThreshold)
    {
        var listed = segments.Where(s => s.Portfolio.DefinedOn <= asOf)
            .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id)
            .Select(s => new SegmentQuarters(s))
            .ToList();
        return new(quarters.Select(q => Quarter(q, listed, threshold)).ToList());
    }

    private static CostBenefitQuarter Quarter(Quarter quarter, IReadOnlyList<SegmentQuarters> segments, decimal threshold)
    {
        var lines = new List<CostBenefitSegment>();
        decimal revenue = 0, cost = 0;
        long newCustomers = 0, lostCustomers = 0;
        foreach (var segment in segments.Where(s => s.Segment.Portfolio.DefinedOn <= quarter.LastDay))
        {
            var figures = segment.Of(quarter);
            lines.Add(figures.Line(segment.Segment, segment.Of(quarter.Previous()), threshold));
            revenue += figures.Revenue;
            cost += figures.RelationshipCost;
            newCustomers += figures.NewCustomers;
            lostCustomers += figures.LostCustomers;
        }

        return new CostBenefitQuarter(quarter.ToString(), Rounding.Money(revenue), Rounding.Money(cost),
            Rounding.Rate(revenue > 0 ? cost / revenue : null), newCustomers, lostCustomers, lines);
    }
}

/// <summary>A segment's quarters, each computed once (a quarter is also the next one's previous quarter).</summary>
internal sealed class SegmentQuarters(SegmentFacts segment)
{
    private readonly Dictionary<Quarter, SegmentQuarter> _quarters = new();
    private readonly Dictionary<Guid, IReadOnlyList<CostEntry>> _costs = segment.Portfolio.Relationships.ToDictionary(r => r.Id, RelationshipMonth.CostTimeline);

    public SegmentFacts Segment { get; } = segment;

    public SegmentQuarter Of(Quarter quarter)
    {
        if (!_quarters.TryGetValue(quarter, out var figures)) _quarters[quarter] = figures = SegmentQuarter.Of(Segment, quarter, _costs);
        return figures;
    }
}

/// <summary>A segment's unrounded figures of one quarter.</summary>
internal sealed record SegmentQuarter(
    Motivation Objective,
    bool HasOutcome,
    decimal Revenue,
    long NewCustomers,
    long LostCustomers,
    long? OpeningCustomers,
    long? ClosingCustomers,
    decimal RelationshipCost,
    IReadOnlyDictionary<Motivation, decimal> CostByMotivation,
    decimal Unattributed)
{
    public static SegmentQuarter Of(SegmentFacts segment, Quarter quarter, IReadOnlyDictionary<Guid, IReadOnlyList<CostEntry>> costs)
    {
        var facts = segment.Months;
        decimal revenue = 0;
        long newCustomers = 0, lostCustomers = 0;
        OutcomeEntry? latest = null;
        foreach (var month in quarter.Months())
        {
            if (facts.Outcome(month) is not { } outcome) continue;
            revenue += outcome.Revenue;
            newCustomers += outcome.NewCustomers;
            lostCustomers += outcome.LostCustomers;
            latest = outcome;
        }

        var opening = facts.Outcome(quarter.Months().First().Previous())?.ActiveCustomers;

        decimal cost = 0, unattributed = 0;
        var byMotivation = Enum.GetValues<Motivation>().ToDictionary(m => m, _ => 0m);
        foreach (var relationship in segment.Portfolio.Relationships)
        {
            if (relationship.LastActiveDayIn(quarter) is not { } lastActive) continue;
            decimal relationshipCost = 0;
            foreach (var month in quarter.Months())
            {
                var figures = RelationshipMonth.Compute(relationship, month, costs[relationship.Id], facts);
                relationshipCost += figures.FixedCost + figures.VariableCost;
            }

            cost += relationshipCost;
            var motivations = relationship.AttributesOn(lastActive).Motivations?.Distinct().ToList() ?? [];
            if (motivations.Count == 0) unattributed += relationshipCost;
            else
                foreach (var motivation in motivations)
                    byMotivation[motivation] += relationshipCost / motivations.Count;
        }

        return new SegmentQuarter(segment.Portfolio.ObjectiveOn(quarter.LastDay), latest is not null, revenue, newCustomers, lostCustomers,
            opening, latest?.ActiveCustomers, cost, byMotivation, unattributed);
    }

    public decimal? AcquisitionCostPerNewCustomer => NewCustomers > 0 ? CostByMotivation[Motivation.Acquisition] / NewCustomers : null;

    private long? Retained => ClosingCustomers is { } closing ? closing - NewCustomers : null;

    private decimal? ObjectiveAlignment => RelationshipCost > 0 ? CostByMotivation[Objective] / RelationshipCost : null;

    public CostBenefitSegment Line(SegmentFacts segment, SegmentQuarter previous, decimal threshold)
    {
        var alignment = ObjectiveAlignment;
        var acquisitionCost = AcquisitionCostPerNewCustomer;
        var flags = new List<CostBenefitFlag>();
        if (HasOutcome && RelationshipCost > Revenue) flags.Add(CostBenefitFlag.CostExceedsRevenue);
        if (alignment < 0.5m) flags.Add(CostBenefitFlag.Misaligned);
        if (acquisitionCost is { } now && previous.AcquisitionCostPerNewCustomer is { } before && now > before * (1 + threshold))
            flags.Add(CostBenefitFlag.AcquisitionCostRising);

        return new CostBenefitSegment(
            segment.Id,
            segment.Name,
            Objective,
            Rounding.Money(Revenue),
            Rounding.Money(RelationshipCost),
            Rounding.Rate(Revenue > 0 ? RelationshipCost / Revenue : null),
            NewCustomers,
            LostCustomers,
            OpeningCustomers,
            ClosingCustomers,
            Rounding.Rate(ClosingCustomers is not null && OpeningCustomers is > 0 ? (decimal)Retained!.Value / OpeningCustomers.Value : null),
            Rounding.Rate(OpeningCustomers is > 0 ? (decimal)LostCustomers / OpeningCustomers.Value : null),
            Rounding.Money(ClosingCustomers is > 0 ? Revenue / ClosingCustomers.Value : null),
            new CostByMotivation(
                Rounding.Money(CostByMotivation[Motivation.Acquisition]),
                Rounding.Money(CostByMotivation[Motivation.Retention]),
                Rounding.Money(CostByMotivation[Motivation.BoostingSales]),
                Rounding.Money(Unattributed)),
            Rounding.Money(acquisitionCost),
            Rounding.Money(Retained is > 0 ? CostByMotivation[Motivation.Retention] / Retained.Value : null),
            Rounding.Rate(alignment),
            flags);
    }
}

public sealed record CostBenefitQuarter(
    string Quarter,
    decimal Revenue,
    decimal RelationshipCost,
    decimal? CostToServe,
    long NewCustomers,
    long LostCustomers,
    IReadOnlyList<CostBenefitSegment> Segments);

public sealed record CostBenefitSegment(
    Guid SegmentId,
    string Name,
    Motivation Objective,
    decimal Revenue,
    decimal RelationshipCost,
    decimal? CostToServe,
    long NewCustomers,
    long LostCustomers,
    long? OpeningCustomers,
    long? ClosingCustomers,
    decimal? RetentionRate,
    decimal? ChurnRate,
    decimal? RevenuePerCustomer,
    CostByMotivation CostByMotivation,
    decimal? AcquisitionCostPerNewCustomer,
    decimal? RetentionCostPerRetainedCustomer,
    decimal? ObjectiveAlignment,
    IReadOnlyList<CostBenefitFlag> Flags);

/// <summary>A quarter's relationship cost split by the motivations each relationship serves; no motivation is unattributed.</summary>
public sealed record CostByMotivation(decimal Acquisition, decimal Retention, decimal BoostingSales, decimal Unattributed);
