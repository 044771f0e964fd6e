using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Figures;

/// <summary>One segment's figures per relationship type for one quarter.</summary>
public static class SegmentQuarter
{
    public static IReadOnlyDictionary<RelationshipType, QuarterFigures> ByType(SegmentPortfolio segment, Quarter quarter)
    {
        var result = new Dictionary<RelationshipType, QuarterFigures>();
        foreach (var relationship in segment.Relationships)
        {
            if (relationship.EstablishedOn > quarter.LastDay) continue;
            var figures = RelationshipQuarter.Compute(relationship, quarter);
            if (!figures.IsPresent) continue;
            result[relationship.Type] = result.TryGetValue(relationship.Type, out var sum) ? sum + figures : figures;
        }

        return result;
    }
}
