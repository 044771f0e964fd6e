using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;

namespace Inventory.Domain.Reports;

/// <summary>A segment's portfolio with its monthly usage and satisfaction: what the reports that name relationships are built from.</summary>
public sealed record SegmentFacts(SegmentPortfolio Portfolio, MonthlyFacts Months)
{
    public Guid Id => Portfolio.Id;
    public string Name => Portfolio.Name;

    public SegmentFigures Figures() => new(Portfolio.Id, Portfolio.Name, new MonthlyFigures(Portfolio, Months));

    /// <summary>Both as of <paramref name="date"/>: facts effective later, and months starting later, are left out.</summary>
    public SegmentFacts AsOf(DateOnly date) =>
        new(Portfolio.LatestEffectiveDate <= date ? Portfolio : Portfolio.AsOf(date), Months.AsOf(date));

    /// <summary>A segment folded from its events, in recorded order (null before it is defined).</summary>
    public static SegmentFacts? Fold(IEnumerable<object> events)
    {
        SegmentPortfolio? portfolio = null;
        var months = new MonthlyFacts();
        foreach (var e in events)
        {
            portfolio = PortfolioEvolution.Evolve(portfolio, e);
            months.Apply(e);
        }

        return portfolio is null ? null : new SegmentFacts(portfolio, months);
    }
}
