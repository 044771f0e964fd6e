namespace Inventory.Domain.Figures;

/// <summary>
/// The unrounded figures of a relationship, or of a group of them, for one quarter (DESIGN.md §4).
/// Groups add up their relationships' figures; <see cref="Customers"/> of a group is the sum of each
/// relationship's largest monthly customers-reached figure.
/// </summary>
public readonly record struct QuarterFigures(
    int ActiveCount,
    decimal FixedCost,
    decimal VariableCost,
    long Interactions,
    long Customers,
    decimal SatisfactionPoints,
    long SatisfactionResponses)
{
    public decimal Cost => FixedCost + VariableCost;

    /// <summary>True when the figures belong in a report: something active at quarter end, or cost or usage in it.</summary>
    public bool IsPresent => ActiveCount > 0 || Cost != 0 || Interactions != 0 || SatisfactionResponses != 0;

    public decimal? Satisfaction => SatisfactionResponses == 0 ? null : SatisfactionPoints / SatisfactionResponses;
    public decimal? CostPerInteraction => Rounding.Ratio(Cost, Interactions);
    public decimal? CostPerCustomer => Rounding.Ratio(Cost, Customers);

    public static QuarterFigures operator +(QuarterFigures a, QuarterFigures b) => new(
        a.ActiveCount + b.ActiveCount,
        a.FixedCost + b.FixedCost,
        a.VariableCost + b.VariableCost,
        a.Interactions + b.Interactions,
        a.Customers + b.Customers,
        a.SatisfactionPoints + b.SatisfactionPoints,
        a.SatisfactionResponses + b.SatisfactionResponses);
}
