using Inventory.Domain.Reports;
using Inventory.Domain.Reviews;

namespace Inventory.Api.Reviews;

/// <summary>
/// What a review looked at: the mix at the period's end, the trend of the four quarters up to it, the expectation gap,
/// the changes since the previous closed review, the cost-benefit of the four quarters up to the period's end (the last is
/// the period's; null in packs frozen before it was kept), and the review's own factors, objectives and decisions.
/// Stored when the review closes and never changed after. <see cref="Currency"/> is the organization's: every amount is in it
/// (null only in packs frozen before it was recorded; the API fills it in when answering).
/// </summary>
public sealed record ReviewPackContent(
    Guid ReviewId,
    string Period,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string? Title,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? Summary,
    long UpToSequence,
    MixQuarter Mix,
    IReadOnlyList<MixQuarter> Trend,
    IReadOnlyList<SegmentGap> ExpectationGap,
    DateOnly ChangesSince,
    IReadOnlyList<SegmentDiff> Changes,
    IReadOnlyList<FactorEntry> Factors,
    IReadOnlyList<ObjectiveEntry> Objectives,
    IReadOnlyList<DecisionEntry> Decisions,
    IReadOnlyDictionary<Guid, string> SegmentNames,
    string? Currency,
    IReadOnlyList<CostBenefitQuarter>? CostBenefit = null);

/// <summary>The frozen pack of a closed review.</summary>
public sealed class ReviewPack
{
    public Guid Id { get; set; }
    public ReviewPackContent Content { get; set; } = null!;
}

/// <summary>A figure of a frozen pack that backdated corrections recorded after its closing have changed.</summary>
public sealed record Restatement(string Figure, decimal? Was, decimal? Now);

public static class Restatements
{
    /// <summary>
    /// The pack's figures that differ between what was known at closing and what is known now. A pack frozen before the
    /// cost-benefit was kept restates none of it (there is nothing it was known as).
    /// </summary>
    public static IReadOnlyList<Restatement> Between(ReviewPackContent frozen, ReviewPackContent now)
    {
        var was = Figures(frozen, frozen.CostBenefit);
        var current = Figures(now, frozen.CostBenefit is null ? null : now.CostBenefit);
        return was.Keys.Union(current.Keys)
            .Where(k => was.GetValueOrDefault(k) != current.GetValueOrDefault(k))
            .Order(StringComparer.Ordinal)
            .Select(k => new Restatement(k, was.GetValueOrDefault(k), current.GetValueOrDefault(k)))
            .ToList();
    }

    private static Dictionary<string, decimal?> Figures(ReviewPackContent pack, IReadOnlyList<CostBenefitQuarter>? costBenefit)
    {
        var figures = new Dictionary<string, decimal?>();
        foreach (var quarter in pack.Trend.Append(pack.Mix).DistinctBy(q => q.Quarter))
        {
            figures[$"{quarter.Quarter} total cost"] = quarter.TotalCost;
            figures[$"{quarter.Quarter} total active"] = quarter.TotalActive;
            foreach (var line in quarter.Types)
            {
                var type = Domain.Vocabulary.Names.Of(line.Type);
                figures[$"{quarter.Quarter} {type} cost"] = line.Cost;
                figures[$"{quarter.Quarter} {type} active count"] = line.ActiveCount;
                figures[$"{quarter.Quarter} {type} interactions"] = line.Interactions;
                figures[$"{quarter.Quarter} {type} satisfaction"] = line.Satisfaction;
                figures[$"{quarter.Quarter} {type} cost per interaction"] = line.CostPerInteraction;
            }

            foreach (var segment in quarter.Segments)
            foreach (var line in segment.Types)
                figures[$"{quarter.Quarter} {segment.Name} {Domain.Vocabulary.Names.Of(line.Type)} cost"] = line.Cost;
        }

        foreach (var gap in pack.ExpectationGap) figures[$"{pack.Period} {gap.Name} gap score"] = gap.GapScore;
        foreach (var quarter in costBenefit ?? [])
        {
            figures[$"{quarter.Quarter} revenue"] = quarter.Revenue;
            figures[$"{quarter.Quarter} relationship cost"] = quarter.RelationshipCost;
            foreach (var s in quarter.Segments)
            {
                var name = $"{quarter.Quarter} {s.Name}";
                figures[$"{name} revenue"] = s.Revenue;
                figures[$"{name} relationship cost"] = s.RelationshipCost;
                figures[$"{name} cost to serve"] = s.CostToServe;
                figures[$"{name} new customers"] = s.NewCustomers;
                figures[$"{name} lost customers"] = s.LostCustomers;
                figures[$"{name} closing customers"] = s.ClosingCustomers;
                figures[$"{name} retention rate"] = s.RetentionRate;
                figures[$"{name} revenue per customer"] = s.RevenuePerCustomer;
                figures[$"{name} acquisition cost per new customer"] = s.AcquisitionCostPerNewCustomer;
                figures[$"{name} objective alignment"] = s.ObjectiveAlignment;
            }
        }

        return figures;
    }
}
