using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio;

/// <summary>A relationship's figures for a quarter: its three months put together.</summary>
public static class RelationshipQuarter
{
    public static QuarterFigures Compute(Relationship relationship, Quarter quarter, MonthlyFacts facts)
    {
        var costs = RelationshipMonth.CostTimeline(relationship);
        var months = quarter.Months().Select(m => RelationshipMonth.Compute(relationship, m, costs, facts)).ToArray();
        return MonthFigures.Quarter(months[0], months[1], months[2]);
    }
}
