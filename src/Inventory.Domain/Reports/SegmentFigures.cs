using Inventory.Domain.Figures;
using Inventory.Domain.Vocabulary;
using Inventory.Domain.Portfolio;

namespace Inventory.Domain.Reports;

/// <summary>A segment's monthly figures: what every report is built from, whether read from a projection or computed live.</summary>
public sealed record SegmentFigures(Guid SegmentId, string Name, MonthlyFigures Figures)
{
    /// <summary>The segment's three months of <paramref name="quarter"/> per type that has figures in it.</summary>
    public IReadOnlyDictionary<RelationshipType, GroupMonths> MonthsOf(Quarter quarter)
    {
        var months = quarter.Months().ToArray();
        var result = new SortedDictionary<RelationshipType, GroupMonths>();
        foreach (var type in Figures.TypesIn(months[0], months[2]))
        {
            var group = new GroupMonths();
            for (var i = 0; i < 3; i++) group.Add(i, Figures.Month(type, months[i]));
            result[type] = group;
        }

        return result;
    }
}
