using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio;

/// <summary>A relationship's figures for one month, exactly as docs/figures.md defines them.</summary>
public static class RelationshipMonth
{
    public static MonthFigures Compute(Relationship relationship, YearMonth month, MonthlyFacts facts) =>
        Compute(relationship, month, CostTimeline(relationship), facts);

    public static MonthFigures Compute(Relationship relationship, YearMonth month, IReadOnlyList<CostEntry> costs, MonthlyFacts facts)
    {
        decimal variableCost = 0, satisfactionPoints = 0;
        long interactions = 0, customers = 0, responses = 0;

        var usage = facts.Usage(relationship.Id, month);
        if (usage is not null && relationship.LastActiveDayIn(month) is { } lastActive)
        {
            variableCost = usage.Interactions * CostFrom(costs, lastActive).Cost.CostPerInteraction;
            interactions = usage.Interactions;
            customers = usage.CustomersReached;
        }

        var satisfaction = facts.Satisfaction(relationship.Id, month);
        if (satisfaction is not null)
        {
            satisfactionPoints = satisfaction.Score * satisfaction.Responses;
            responses = satisfaction.Responses;
        }

        return new MonthFigures(relationship.IsActiveOn(month.LastDay) ? 1 : 0, FixedCost(relationship, costs, month),
            variableCost, interactions, customers, satisfactionPoints, responses);
    }

    /// <summary>
    /// Σ over the month's active days of monthlyFixedCost(d) / daysInMonth: computed as
    /// Σ monthly × days-at-that-cost, divided once by the month's length, so a full month is exactly its monthly figure.
    /// </summary>
    private static decimal FixedCost(Relationship relationship, IReadOnlyList<CostEntry> costs, YearMonth month)
    {
        var first = Max(month.FirstDay, relationship.EstablishedOn);
        var last = relationship.RetiredOn is { } retired ? Min(month.LastDay, retired.AddDays(-1)) : month.LastDay;
        if (last < first) return 0;

        decimal weighted = 0;
        var day = first;
        while (day <= last)
        {
            var (cost, nextChange) = CostFrom(costs, day);
            var end = nextChange is { } change && change.AddDays(-1) < last ? change.AddDays(-1) : last;
            weighted += cost.MonthlyFixedCost * (end.DayNumber - day.DayNumber + 1);
            day = end.AddDays(1);
        }

        return weighted / month.Days;
    }

    /// <summary>The cost revisions that take effect, in effective order; of equal dates only the one recorded last.</summary>
    public static IReadOnlyList<CostEntry> CostTimeline(Relationship relationship)
    {
        var byDate = new SortedDictionary<DateOnly, CostEntry>();
        foreach (var cost in relationship.Costs) byDate[cost.EffectiveDate] = cost;
        return byDate.Values.ToList();
    }

    /// <summary>The cost in effect on <paramref name="day"/> and the date of the next revision, if any.</summary>
    private static (CostEntry Cost, DateOnly? NextChange) CostFrom(IReadOnlyList<CostEntry> timeline, DateOnly day)
    {
        // The last revision effective by then (the first when none is): a binary search, as a long history has hundreds.
        int low = 0, high = timeline.Count - 1, index = 0;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            if (timeline[middle].EffectiveDate <= day)
            {
                index = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }

        return (timeline[index], index + 1 < timeline.Count ? timeline[index + 1].EffectiveDate : null);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
