namespace Inventory.Domain.Figures;

/// <summary>
/// The unrounded figures of a relationship, or of a group of them, for one calendar month: the building block
/// every quarter is summed from, whatever month the organization's fiscal year starts in.
/// </summary>
public readonly record struct MonthFigures(
    int ActiveAtMonthEnd,
    decimal FixedCost,
    decimal VariableCost,
    long Interactions,
    long Customers,
    decimal SatisfactionPoints,
    long SatisfactionResponses)
{
    public bool IsEmpty => ActiveAtMonthEnd == 0 && FixedCost == 0 && VariableCost == 0 && Interactions == 0
                           && Customers == 0 && SatisfactionResponses == 0;

    /// <summary>A group's month: each figure summed over its relationships.</summary>
    public static MonthFigures operator +(MonthFigures a, MonthFigures b) => new(
        a.ActiveAtMonthEnd + b.ActiveAtMonthEnd,
        a.FixedCost + b.FixedCost,
        a.VariableCost + b.VariableCost,
        a.Interactions + b.Interactions,
        a.Customers + b.Customers,
        a.SatisfactionPoints + b.SatisfactionPoints,
        a.SatisfactionResponses + b.SatisfactionResponses);

    /// <summary>
    /// The quarter made of its three months: costs, interactions and survey answers add up; the active count is the
    /// last month's (the quarter end); customers is the largest monthly figure.
    /// </summary>
    public static QuarterFigures Quarter(MonthFigures first, MonthFigures second, MonthFigures third) => new(
        third.ActiveAtMonthEnd,
        first.FixedCost + second.FixedCost + third.FixedCost,
        first.VariableCost + second.VariableCost + third.VariableCost,
        first.Interactions + second.Interactions + third.Interactions,
        Math.Max(first.Customers, Math.Max(second.Customers, third.Customers)),
        first.SatisfactionPoints + second.SatisfactionPoints + third.SatisfactionPoints,
        first.SatisfactionResponses + second.SatisfactionResponses + third.SatisfactionResponses);
}
