using Inventory.Domain.Figures;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio;

/// <summary>
/// A segment's figures per relationship type and calendar month, computed from its portfolio (active periods, costs)
/// and its monthly facts (usage, satisfaction) when a month is first asked for, then kept. A report asks for the
/// months of its quarters only, so its cost follows the relationships and the months asked, not the length of the history.
/// </summary>
public sealed class MonthlyFigures(SegmentPortfolio segment, MonthlyFacts facts)
{
    private readonly Dictionary<YearMonth, Dictionary<RelationshipType, MonthFigures>> _months = new();
    private Dictionary<Guid, IReadOnlyList<CostEntry>>? _costs;

    public MonthFigures Month(RelationshipType type, YearMonth month) => Cells(month).GetValueOrDefault(type);

    /// <summary>The types that have figures in some month of <paramref name="from"/>..<paramref name="to"/>.</summary>
    public IEnumerable<RelationshipType> TypesIn(YearMonth from, YearMonth to)
    {
        var types = new HashSet<RelationshipType>();
        for (var month = from; month <= to; month = month.Next()) types.UnionWith(Cells(month).Keys);
        return types;
    }

    private Dictionary<RelationshipType, MonthFigures> Cells(YearMonth month)
    {
        if (_months.TryGetValue(month, out var cells)) return cells;
        _costs ??= segment.Relationships.ToDictionary(r => r.Id, RelationshipMonth.CostTimeline);
        cells = new Dictionary<RelationshipType, MonthFigures>();
        foreach (var relationship in segment.Relationships)
        {
            if (relationship.EstablishedOn > month.LastDay) continue;
            var figures = RelationshipMonth.Compute(relationship, month, _costs[relationship.Id], facts);
            if (figures.IsEmpty) continue;
            var sum = cells.GetValueOrDefault(relationship.Type) + figures;
            if (sum.IsEmpty) cells.Remove(relationship.Type);
            else cells[relationship.Type] = sum;
        }

        _months[month] = cells;
        return cells;
    }
}
