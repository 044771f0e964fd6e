using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>Per segment on a date: expected types met, unmet, and active types nobody asked for (docs/figures.md).</summary>
public sealed record ExpectationGapReport(DateOnly AsOf, IReadOnlyList<SegmentGap> Segments)
{
    public static ExpectationGapReport Build(DateOnly asOf, IEnumerable<SegmentPortfolio> segments)
    {
        var lines = segments
            .Where(s => s.IsDefinedOn(asOf) && !s.IsDiscontinuedOn(asOf))
            .Select(s => SegmentGap.Of(s, asOf))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.SegmentId)
            .ToList();
        return new ExpectationGapReport(asOf, lines);
    }
}

public sealed record SegmentGap(
    Guid SegmentId,
    string Name,
    IReadOnlyList<RelationshipType> Met,
    IReadOnlyList<RelationshipType> Unmet,
    IReadOnlyList<RelationshipType> Unrequested,
    IReadOnlyList<ExpectedType> Expected,
    decimal GapScore)
{
    public static SegmentGap Of(SegmentPortfolio segment, DateOnly date)
    {
        var expected = segment.ExpectationsOn(date);
        var active = segment.Relationships.Where(r => r.IsActiveOn(date)).Select(r => r.Type).ToHashSet();
        var met = expected.Keys.Where(active.Contains).Order().ToList();
        var unmet = expected.Keys.Where(t => !active.Contains(t)).Order().ToList();
        var unrequested = active.Where(t => !expected.ContainsKey(t)).Order().ToList();
        var totalImportance = expected.Values.Sum();
        var unmetImportance = unmet.Sum(t => expected[t]);
        var score = totalImportance == 0 ? 0m : Rounding.Rate((decimal)unmetImportance / totalImportance);
        return new SegmentGap(segment.Id, segment.Name, met, unmet, unrequested,
            expected.OrderBy(e => e.Key).Select(e => new ExpectedType(e.Key, e.Value, active.Contains(e.Key))).ToList(), score);
    }
}

public sealed record ExpectedType(RelationshipType Type, int Importance, bool Met);
