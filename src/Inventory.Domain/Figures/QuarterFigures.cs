namespace Inventory.Domain.Figures;

/// <summary>
/// The unrounded figures of a relationship, or of a group of them, for one quarter (docs/figures.md).
/// A group's costs, interactions and survey answers are sums; its customers figure is the largest monthly
/// customers-reached figure of the group (its relationships' monthly figures added up).
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
}
