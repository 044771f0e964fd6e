using Inventory.Domain.Figures;

namespace Inventory.Api.Projections;

/// <summary>
/// A segment's figures per type and month, written with every change of the segment (a side effect of the inline
/// portfolio projection) so reports read a small document per segment instead of replaying its history.
/// </summary>
public sealed class SegmentFiguresDocument
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Asked as of this date or later, these figures are complete; earlier dates are computed from the portfolio.</summary>
    public DateOnly LatestEffectiveDate { get; set; }
    public MonthlyFigures Figures { get; set; } = new();
}
